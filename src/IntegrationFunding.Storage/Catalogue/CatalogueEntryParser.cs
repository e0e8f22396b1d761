using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;
using YamlDotNet.RepresentationModel;

namespace IntegrationFunding.Storage.Catalogue;

/// <summary>Parses and validates one catalogue entry; problems are added to the shared error list.</summary>
internal sealed partial class CatalogueEntryParser(YamlMappingNode mapping, string fileName, int index, List<CatalogueError> errors)
{
    private static readonly HashSet<string> KnownKeys =
    [
        "id", "name", "funder", "level", "states", "url", "topics", "target_groups", "applicants", "funding_type",
        "funding_rate_max_percent", "own_share_min_percent", "own_share_note", "amount_min_eur", "amount_max_eur",
        "programme_start", "programme_end", "project_duration_max_months", "deadline_type", "deadlines", "legal_basis",
        "summary_de", "source_urls", "facts_as_of", "status", "conditions",
    ];

    private readonly int _errorsBefore = errors.Count;
    private string? _id;

    public Programme? Parse()
    {
        _id = RequiredText("id");
        if (_id is not null && !IdPattern().IsMatch(_id))
        {
            Fail("id", "Die id muss aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen (z. B. land-nw-kim).");
        }

        foreach (var key in mapping.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!KnownKeys.Contains(key.Value ?? string.Empty))
            {
                Fail(key.Value, "Unbekanntes Feld.", key);
            }
        }

        var applicants = Ids("applicants", Vocabularies.Applicants);
        var factsAsOf = Date("facts_as_of");
        var programme = new Programme
        {
            Id = _id ?? string.Empty,
            Name = RequiredText("name") ?? string.Empty,
            Funder = RequiredText("funder") ?? string.Empty,
            Level = Id("level", Vocabularies.Levels, required: true) ?? string.Empty,
            States = Ids("states", Vocabularies.States),
            Url = Url("url", required: true) ?? string.Empty,
            Topics = Ids("topics", Vocabularies.Topics),
            TargetGroups = Ids("target_groups", Vocabularies.TargetGroups),
            Applicants = applicants,
            MunicipalitiesEligible = applicants.Count == 0 ? null : applicants.Any(Vocabularies.MunicipalApplicants.Contains),
            Conditions = Conditions(),
            FundingType = Id("funding_type", Vocabularies.FundingTypes, required: false),
            FundingRateMaxPercent = Percent("funding_rate_max_percent"),
            OwnShareMinPercent = Percent("own_share_min_percent"),
            OwnShareNote = Text("own_share_note"),
            AmountMinEur = Amount("amount_min_eur"),
            AmountMaxEur = Amount("amount_max_eur"),
            ProgrammeStart = Date("programme_start"),
            ProgrammeEnd = Date("programme_end"),
            ProjectDurationMaxMonths = (int?)Number("project_duration_max_months", 0, 600),
            DeadlineType = Id("deadline_type", Vocabularies.DeadlineTypes, required: false) ?? DeadlineTypes.Unknown,
            Deadlines = Dates("deadlines"),
            LegalBasis = Text("legal_basis"),
            Summary = Text("summary_de"),
            Lifecycle = Lifecycle(),
            FactsAsOf = factsAsOf,
            Sources = Urls("source_urls").Select(u => new ProgrammeSource(CatalogueReader.SourceId, u, AsInstant(factsAsOf))).ToList(),
        };
        CheckRanges(programme);
        return errors.Count == _errorsBefore ? programme : null;
    }

    private void CheckRanges(Programme programme)
    {
        if (programme.AmountMinEur > programme.AmountMaxEur)
        {
            Fail("amount_min_eur", "Der Mindestbetrag ist größer als der Höchstbetrag.");
        }

        if (programme.ProgrammeStart > programme.ProgrammeEnd)
        {
            Fail("programme_start", "Der Programmbeginn liegt nach dem Programmende.");
        }

        if (programme.Topics.Count == 0 && Node("topics") is not null)
        {
            Fail("topics", "Mindestens ein Handlungsfeld ist nötig.");
        }
    }

    private string Lifecycle()
    {
        var value = Text("status");
        if (value is null)
        {
            return ProgrammeLifecycle.Unknown;
        }

        if (!ProgrammeLifecycle.All.Contains(value))
        {
            Fail("status", $"Unbekannter Wert \"{value}\" (erlaubt: {string.Join(", ", ProgrammeLifecycle.All)}).");
        }

        return value;
    }

    private static DateTimeOffset? AsInstant(DateOnly? date) =>
        date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
