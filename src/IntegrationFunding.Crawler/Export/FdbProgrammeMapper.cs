using AngleSharp.Html.Parser;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Crawler.Parsing;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Export;

/// <summary>
/// Maps an export programme document to a <see cref="Programme"/>: classifications through the
/// <see cref="FdbCrosswalk"/> (original codes kept as evidence), prose properties as labelled texts through the
/// fact extractor, the funder from the linked Foerderorganisation document, contacts and links resolved.
/// </summary>
public sealed class FdbProgrammeMapper(IPageFactExtractor extractor)
{
    private const string PublicSite = "https://www.foerderdatenbank.de";

    /// <summary>Export property → the label it carries on the public detail page.</summary>
    private static readonly (string Property, string Label)[] ProseProperties =
    [
        ("teaserText", "Kurztext"), ("summary", "Volltext"), ("regulatoryFWork", "rechtliche Voraussetzungen"),
        ("procInfluence", "Antragsfrist"), ("procMethod", "Verfahren"), ("progress", "Bearbeitungsdauer"),
        ("competenceDescr", "Erforderliche Unterlagen"), ("bodyText", "Richtlinie"),
    ];

    private readonly HtmlParser _html = new();

    public Programme Map(SourceDefinition source, FdbDocument document, FdbArchive archive, DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(archive);
        var url = PublicSite + document.Key.Replace("/BMWI", "", StringComparison.Ordinal) + ".html";
        var sections = ProseProperties
            .Select(p => new PageSection(p.Label, Text(document.Property(p.Property))))
            .Where(s => s.Text.Length > 0)
            .ToList();
        sections.AddRange(LinkedSections(document, archive));
        var facts = extractor.Extract(sections);
        var evidence = new Dictionary<string, Evidence>(facts.Evidence, StringComparer.Ordinal);
        void Cite(string field, string classifier, IReadOnlyList<string> codes)
        {
            if (codes.Count > 0)
            {
                evidence[field] = new Evidence($"{classifier}: {string.Join(", ", codes)}", $"cl2Processes/{classifier}", url);
            }
        }

        var applicantCodes = document.Codes("Foerderberechtigte");
        var areaCodes = document.Codes("Foerderbereich").Concat(document.SubAreas()).ToList();
        var regionCodes = document.Codes("Foerdergebiet");
        var typeCodes = document.Codes("Foerderart");
        var funderCodes = document.Codes("Foerdergeber");
        Cite("topics", "Foerderbereich", areaCodes);
        Cite("states", "Foerdergebiet", regionCodes);
        Cite("fundingType", "Foerderart", typeCodes);
        Cite("level", "Foerdergeber", funderCodes);
        var states = FdbCrosswalk.States(regionCodes, out var nationwide);
        var types = FdbCrosswalk.FundingTypes(typeCodes);
        var funder = document.Targets("Foerderorganisation").Select(archive.Resolve).Select(d => Text(d?.Property("title"))).FirstOrDefault(t => t.Length > 0);
        var header = Text(document.Property("header"));
        var (applicants, municipalities, fromCategories) = ApplicantResolution.Resolve(
            facts.Applicants, facts.MunicipalitiesEligible, FdbCrosswalk.Applicants(applicantCodes), FdbCrosswalk.NamesMunicipalities(applicantCodes));
        if (fromCategories)
        {
            evidence["applicants"] = new Evidence($"Foerderberechtigte: {string.Join(", ", applicantCodes)}", "cl2Processes/Foerderberechtigte", url);
        }

        return new Programme
        {
            Id = ProgrammeIds.ForKey(source.Id, document.Key.Replace("/BMWI/FDB/Content/DE/Foerderprogramm/", "", StringComparison.Ordinal)),
            Name = Text(document.Property("title")) is { Length: > 0 } title ? title : document.Name,
            Funder = funder ?? source.Defaults.Funder ?? source.Name,
            Level = FdbCrosswalk.Level(funderCodes) ?? source.Defaults.Level,
            States = states.Count > 0 ? states : nationwide ? [] : facts.StatesStated ? facts.States : [],
            Topics = FdbCrosswalk.Topics(areaCodes).Union(facts.Topics).ToList(),
            TargetGroups = facts.TargetGroups,
            Applicants = applicants,
            MunicipalitiesEligible = municipalities,
            FundingType = types.Count > 0 ? types[0] : source.Defaults.FundingType,
            LegalBasis = Text(document.Property("procDescription")) is { Length: > 0 } legal ? legal : null,
            Summary = Text(document.Property("teaserText")) is { Length: > 0 } teaser ? teaser : null,
            Body = string.Join("\n\n", sections.Select(s => $"{s.Label}\n{s.Text}")),
            Url = url,
            Lifecycle = header.Length > 0 ? HtmlProgrammeMapper.Lifecycle(header) : ProgrammeLifecycle.Unknown,
            Sources = [new ProgrammeSource(source.Id, url, fetchedAt)],
            Evidence = evidence,
        }.WithExtractedFacts(facts, DateOnly.FromDateTime(fetchedAt.UtcDateTime));
    }

    private IEnumerable<PageSection> LinkedSections(FdbDocument document, FdbArchive archive)
    {
        var contacts = document.Targets("Kontakt").Select(archive.Resolve).OfType<FdbDocument>()
            .Select(c => string.Join(" · ", new[] { Text(c.Property("title")), c.Property("email"), c.Property("phone") }.Where(v => !string.IsNullOrWhiteSpace(v))))
            .Where(t => t.Length > 0).ToList();
        if (contacts.Count > 0)
        {
            yield return new PageSection("Ansprechpunkt", string.Join('\n', contacts));
        }

        var links = document.Targets("ExternerLink").Select(archive.Resolve).OfType<FdbDocument>()
            .Select(l => $"{Text(l.Property("title"))} {l.Property("url")}".Trim()).Where(t => t.Length > 0).ToList();
        if (links.Count > 0)
        {
            yield return new PageSection("Weiterführende Links", string.Join('\n', links));
        }
    }

    private string Text(string? html) =>
        string.IsNullOrWhiteSpace(html) ? "" : ElementText.Of(_html.ParseDocument(html).Body!);
}
