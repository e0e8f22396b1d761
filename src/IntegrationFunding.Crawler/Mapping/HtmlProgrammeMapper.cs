using IntegrationFunding.Crawler.Parsing;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// Turns a parsed detail page into a <see cref="Programme"/>: labelled fields via the source's label map and the
/// FDB crosswalk, prose facts via the extractor, the rest from the source's defaults. Every value taken from the
/// page carries evidence; original classification values are kept as evidence too.
/// </summary>
public sealed class HtmlProgrammeMapper(IPageFactExtractor extractor)
{
    public Programme? Map(SourceDefinition source, Uri url, DetailPage page, DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(page);
        if (page.Title is null)
        {
            return null;
        }

        var labels = new LabelMap(source.Detail?.Labels ?? new Dictionary<string, IReadOnlyList<string>>());
        var facts = extractor.Extract(labels.ForExtraction(page.Sections));
        var evidence = new Dictionary<string, Evidence>(facts.Evidence, StringComparer.Ordinal);
        var u = url.AbsoluteUri;

        string? First(string field) => labels.SectionsFor(page.Sections, field).Select(s => s.Text).FirstOrDefault();
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
        var applicants = FdbCrosswalk.Applicants(applicantValues).Union(facts.Applicants).ToList();
        Cite("applicants", "Förderberechtigte", applicantValues);

        var stateValues = ListOf(ProgrammeFields.States);
        var states = FdbCrosswalk.States(stateValues, out var nationwide);
        Cite("states", "Fördergebiet", stateValues);

        var fundingTypeValues = ListOf(ProgrammeFields.FundingType);
        var fundingTypes = FdbCrosswalk.FundingTypes(fundingTypeValues);
        var fundingType = fundingTypes.Count > 0 ? fundingTypes[0] : source.Defaults.FundingType;
        Cite("fundingType", "Förderart", fundingTypeValues);

        var topicValues = ListOf(ProgrammeFields.Topics);
        Cite("topics", "Förderbereich", topicValues);

        var funder = First(ProgrammeFields.Funder)?.Split('\n')[0];
        if (funder is not null)
        {
            evidence.TryAdd("funder", new Evidence(funder, "Fördergeber", u));
        }

        var summary = First(ProgrammeFields.Summary) ?? page.Sections.FirstOrDefault(s => labels.FieldOf(s.Label) is null)?.Text;
        var status = First(ProgrammeFields.Status);
        return new Programme
        {
            Id = ProgrammeIds.ForUrl(source.Id, url, source.Detail?.IdPathPrefix),
            Name = page.Title,
            Funder = funder ?? source.Defaults.Funder ?? source.Name,
            Level = source.Defaults.Level,
            States = PickStates(states, nationwide, facts, source.Defaults.States),
            Topics = source.Defaults.Topics.Union(FdbCrosswalk.Topics(topicValues)).Union(facts.Topics).ToList(),
            TargetGroups = facts.TargetGroups,
            Applicants = applicants,
            MunicipalitiesEligible = facts.MunicipalitiesEligible ?? (FdbCrosswalk.NamesMunicipalities(applicantValues) ? true : null),
            FundingType = fundingType,
            LegalBasis = First(ProgrammeFields.LegalBasis)?.Split('\n')[0],
            Summary = Truncate(summary, 1200),
            Body = string.Join("\n\n", labels.ForExtraction(page.Sections).Select(s => $"{s.Label}\n{s.Text}")),
            Url = u,
            Lifecycle = Lifecycle(status),
            Sources = [new ProgrammeSource(source.Id, u, fetchedAt)],
            Evidence = evidence,
        }.WithExtractedFacts(facts);
    }

    /// <summary>
    /// A labelled Fördergebiet wins; else a source bound to Länder (defaults.states) keeps them, because prose
    /// mentions of other places do not move a Land programme; else what the prose says; else nationwide.
    /// </summary>
    private static IReadOnlyList<string> PickStates(IReadOnlyList<string> labelled, bool nationwide, PageFacts facts, IReadOnlyList<string> defaults) =>
        labelled.Count > 0 ? labelled
        : nationwide ? []
        : defaults.Count > 0 ? defaults
        : facts.StatesStated ? facts.States
        : [];

    /// <summary>Editorial status lines such as "Antragstellung nicht mehr möglich" end a programme.</summary>
    public static string Lifecycle(string? status) =>
        status is null ? ProgrammeLifecycle.Unknown
        : TextKey.Fold(status) is var s && (s.Contains("nicht mehr moeglich", StringComparison.Ordinal) || s.Contains("beendet", StringComparison.Ordinal) || s.Contains("abgelaufen", StringComparison.Ordinal))
            ? ProgrammeLifecycle.Ended
            : ProgrammeLifecycle.Unknown;

    private static string? Truncate(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..text.LastIndexOf(' ', max)] + " …";
}
