using IntegrationFunding.Crawler.Extraction;
using IntegrationFunding.Crawler.Parsing;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// Turns a parsed detail page into a <see cref="Programme"/>: labelled and selected fields via the source's label map
/// and <c>detail.fields</c>, classifications via the FDB crosswalk, prose facts via the extractor, the rest from the
/// source's defaults. Every value taken from the page carries evidence; original classification values are kept as
/// evidence too. The prose decides who may apply; categories only fill what it leaves open.
/// </summary>
public sealed class HtmlProgrammeMapper(IPageFactExtractor extractor)
{
    private static readonly string[] EndedWords = ["nicht mehr moeglich", "nicht mehr gestellt", "beendet", "abgelaufen", "abgeschlossen", "geschlossen", "closed"];

    public Programme? Map(SourceDefinition source, Uri url, DetailPage page, DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(page);
        var labels = new LabelMap(source.Detail?.Labels ?? new Dictionary<string, IReadOnlyList<string>>());
        string? Field(string field) => page.Fields.GetValueOrDefault(field) ?? labels.SectionsFor(page.Sections, field).Select(s => s.Text).FirstOrDefault();
        var name = FirstLine(Field(ProgrammeFields.Name)) ?? page.Title;
        if (name is null)
        {
            return null;
        }

        var facts = extractor.Extract(labels.ForExtraction(page.Sections, page.Fields));
        var evidence = new Dictionary<string, Evidence>(facts.Evidence, StringComparer.Ordinal);
        var u = url.AbsoluteUri;

        IReadOnlyList<string> ListOf(string field) =>
            labels.SectionsFor(page.Sections, field).SelectMany(s => FdbCrosswalk.SplitList(s.Text)).ToList();
        void Cite(string field, string label, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                evidence.TryAdd(field, new Evidence($"{label}: {string.Join(", ", values)}", label, u));
            }
        }

        var applicantValues = ListOf(ProgrammeFields.Applicants);
        var (applicants, municipalities, fromCategories) = ApplicantResolution.Resolve(
            facts.Applicants, facts.MunicipalitiesEligible, FdbCrosswalk.Applicants(applicantValues), FdbCrosswalk.NamesMunicipalities(applicantValues));
        if (fromCategories)
        {
            evidence.Remove("applicants");
        }

        Cite("applicants", "Förderberechtigte", applicantValues);

        var stateValues = ListOf(ProgrammeFields.States);
        var states = FdbCrosswalk.States(stateValues, out var nationwide);
        Cite("states", "Fördergebiet", stateValues);
        if (states.Count == 0 && !nationwide && page.Fields.GetValueOrDefault(ProgrammeFields.States) is { } stateText)
        {
            states = StatePatterns.Find(stateText);
            nationwide = states.Count == 0 && TextKey.Fold(stateText).Contains("bundesweit", StringComparison.Ordinal);
            if (states.Count > 0)
            {
                evidence["states"] = new Evidence(stateText.Split('\n')[0], "Seitenkopf", u);
            }
        }

        var fundingTypeValues = ListOf(ProgrammeFields.FundingType);
        var fundingTypes = FdbCrosswalk.FundingTypes(fundingTypeValues);
        var fundingType = fundingTypes.Count > 0 ? fundingTypes[0] : source.Defaults.FundingType;
        Cite("fundingType", "Förderart", fundingTypeValues);

        var topicValues = ListOf(ProgrammeFields.Topics);
        Cite("topics", "Förderbereich", topicValues);

        var funder = FirstLine(Field(ProgrammeFields.Funder));
        if (funder is not null)
        {
            evidence["funder"] = new Evidence(funder, "Fördergeber", u);
        }

        funder ??= facts.Funder;
        var level = PageLevel.FromLabel(Field(ProgrammeFields.Level)) ?? PageLevel.FromFunder(funder) ?? source.Defaults.Level;

        var summary = Field(ProgrammeFields.Summary) ?? page.Sections.FirstOrDefault(s => labels.FieldOf(s.Label) is null)?.Text;
        var status = Field(ProgrammeFields.Status);
        return new Programme
        {
            Id = ProgrammeIds.ForUrl(source.Id, url, source.Detail?.IdPathPrefix),
            Name = name,
            Funder = funder ?? source.Defaults.Funder ?? source.Name,
            Level = level,
            States = PickStates(states, nationwide, facts, source.Defaults.States),
            Topics = source.Defaults.Topics.Union(FdbCrosswalk.Topics(topicValues)).Union(facts.Topics).ToList(),
            TargetGroups = facts.TargetGroups,
            Applicants = applicants,
            MunicipalitiesEligible = municipalities,
            FundingType = fundingType,
            LegalBasis = FirstLine(Field(ProgrammeFields.LegalBasis)) ?? facts.LegalBasis,
            Summary = Truncate(summary, 1200),
            Body = string.Join("\n\n", labels.ForExtraction(page.Sections).Select(s => $"{s.Label}\n{s.Text}")),
            Url = u,
            Lifecycle = Lifecycle(status),
            Sources = [new ProgrammeSource(source.Id, u, fetchedAt)],
            Evidence = evidence,
        }.WithExtractedFacts(facts, DateOnly.FromDateTime(fetchedAt.UtcDateTime));
    }

    /// <summary>
    /// A labelled or selected Fördergebiet wins; else a source bound to Länder (defaults.states) keeps them, because
    /// prose mentions of other places do not move a Land programme; else what the prose says; else nationwide
    /// (an empty <c>defaults.states</c> means: the page decides, and a page that names no Land is nationwide).
    /// </summary>
    private static IReadOnlyList<string> PickStates(IReadOnlyList<string> labelled, bool nationwide, PageFacts facts, IReadOnlyList<string> defaults) =>
        labelled.Count > 0 ? labelled
        : nationwide ? []
        : defaults.Count > 0 ? defaults
        : facts.StatesStated ? facts.States
        : [];

    /// <summary>Editorial status lines such as "Antragstellung nicht mehr möglich" or "Aufruf ist abgeschlossen" end a programme.</summary>
    public static string Lifecycle(string? status)
    {
        if (status is null)
        {
            return ProgrammeLifecycle.Unknown;
        }

        var s = TextKey.Fold(status);
        return EndedWords.Any(e => s.Contains(e, StringComparison.Ordinal)) ? ProgrammeLifecycle.Ended : ProgrammeLifecycle.Unknown;
    }

    private static string? FirstLine(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Split('\n')[0].Trim();

    private static string? Truncate(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..text.LastIndexOf(' ', max)] + " …";
}
