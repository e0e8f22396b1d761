using System.Globalization;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// Maps one row of the Förderdatenbank table to a <see cref="Programme"/>. The codes go through the
/// <see cref="FdbCrosswalk"/> (the source's codes kept as evidence, column by column); the verbatim texts
/// (Kurztext, Volltext, rechtliche Voraussetzungen, Richtlinie) go through the same fact extraction as a crawl.
/// The prose decides who may apply; the Förderberechtigte codes only fill what it leaves open. The Kurztext is
/// kept unchanged as the summary, with the CC BY-ND attribution; derived facts live in their own fields.
/// </summary>
public sealed class FdbCsvProgrammeMapper(IPageFactExtractor extractor)
{
    public Programme Map(SourceDefinition source, FdbCsvRow row, DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(row);
        var url = row.Url;
        var sections = Sections(row);
        var facts = extractor.Extract(sections);
        var evidence = facts.Evidence.ToDictionary(
            e => e.Key, e => e.Value.SourceUrl is null ? e.Value with { SourceUrl = url } : e.Value, StringComparer.Ordinal);
        // Where the codes decide a field, they are its evidence; where the prose decides (applicants), they only fill in.
        void Cite(string field, string column, IReadOnlyList<string> codes, bool decides = true)
        {
            if (codes.Count > 0 && (decides || !evidence.ContainsKey(field)))
            {
                evidence[field] = new Evidence($"{column}: {string.Join(", ", codes)}", column, url);
            }
        }

        var codeApplicants = FdbCrosswalk.Applicants(row.EligibleApplicants);
        var applicants = facts.Applicants.Count > 0 ? facts.Applicants : codeApplicants;
        Cite("applicants", "eligible_applicants", row.EligibleApplicants, decides: facts.Applicants.Count == 0);
        var states = FdbCrosswalk.States(row.FundingLocations, out var nationwide);
        Cite("states", "funding_location", row.FundingLocations, decides: states.Count > 0 || nationwide);
        var areas = row.FundingAreas.Concat(row.FundingSubareas).ToList();
        Cite("topics", "funding_area", areas, decides: false);
        var types = FdbCrosswalk.FundingTypes(row.FundingTypes);
        Cite("fundingType", "funding_type", row.FundingTypes);
        var level = FdbCrosswalk.Level(row.FundingBodies) ?? source.Defaults.Level;
        Cite("level", "funding_body", row.FundingBodies);
        var funder = FdbCsvFunder.Of(row, level, states);
        if (funder.Evidence is { } funderEvidence)
        {
            evidence["funder"] = funderEvidence with { SourceUrl = url };
        }

        var municipal = facts.MunicipalitiesEligible ?? (applicants.Any(Vocabularies.MunicipalApplicants.Contains) ? true : null);
        return new Programme
        {
            Id = ProgrammeIds.ForKey(source.Id, row.IdUrl.Length > 0 ? row.IdUrl : row.IdHash),
            Name = MarkdownText.ToPlain(row.Title) is { Length: > 0 } title ? title : row.Title,
            Funder = funder.Name ?? source.Defaults.Funder ?? source.Name,
            Level = level,
            States = states.Count > 0 ? states : nationwide ? [] : facts.StatesStated ? facts.States : source.Defaults.States,
            Topics = FdbCrosswalk.Topics(areas).Union(facts.Topics).ToList(),
            TargetGroups = facts.TargetGroups,
            Applicants = applicants,
            MunicipalitiesEligible = municipal,
            FundingType = types.Count > 0 ? types[0] : source.Defaults.FundingType,
            LegalBasis = FirstLine(row.LegalBasis),
            Summary = Summary(row),
            Body = string.Join("\n\n", sections.Select(s => $"{s.Label}\n{s.Text}")),
            Url = url,
            Lifecycle = row.StatusNote is { } note ? HtmlProgrammeMapper.Lifecycle(note) : ProgrammeLifecycle.Unknown,
            FactsAsOf = AsOf(row),
            Sources = [new ProgrammeSource(source.Id, url, fetchedAt)],
            Evidence = evidence,
            Attribution = FdbLicence.For(row.LicenseInfo),
        }.WithExtractedFacts(facts, DateOnly.FromDateTime(fetchedAt.UtcDateTime));
    }

    /// <summary>The page sections as the Förderdatenbank labels them, in plain text.</summary>
    internal static IReadOnlyList<PageSection> Sections(FdbCsvRow row) =>
        new (string Label, string? Markdown)[]
        {
            ("Kurztext", row.ShortDescription), ("Volltext", row.Description), ("Rechtliche Voraussetzungen", row.LegalRequirements),
            ("Antragsfrist", row.Deadlines), ("Antragsverfahren", row.Procedure), ("Hinweis", row.StatusNote), ("Richtlinie", row.LegalBasis),
        }
        .Select(s => new PageSection(s.Label, MarkdownText.ToPlain(s.Markdown)))
        .Where(s => s.Text.Length > 0)
        .ToList();

    /// <summary>The Kurztext unchanged (CC BY-ND: no shortening); without one, the Volltext's first paragraph.</summary>
    private static string? Summary(FdbCsvRow row)
    {
        var shortText = MarkdownText.ToPlain(row.ShortDescription);
        if (shortText.Length > 0)
        {
            return shortText;
        }

        var first = MarkdownText.ToPlain(row.Description).Split("\n\n")[0].Trim();
        return first.Length > 0 ? first : null;
    }

    /// <summary>The Richtlinie's title line (its first line of text), when it is short enough to be one.</summary>
    private static string? FirstLine(string? markdown)
    {
        var line = MarkdownText.ToPlain(markdown).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return line is { Length: > 0 and <= 300 } ? line : null;
    }

    /// <summary>The date the row's facts are from: <c>last_updated</c>, else the Monday of <c>on_website_from</c>.</summary>
    internal static DateOnly? AsOf(FdbCsvRow row)
    {
        if (row.LastUpdated is { } updated && DateOnly.TryParse(updated.AsSpan(0, Math.Min(10, updated.Length)), CultureInfo.InvariantCulture, out var date))
        {
            return date;
        }

        if (row.OnWebsiteFrom is { Length: >= 8 } week && int.TryParse(week.AsSpan(0, 4), CultureInfo.InvariantCulture, out var year)
            && int.TryParse(week.AsSpan(week.IndexOf('W', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture, out var number)
            && number is >= 1 and <= 53)
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
        }

        return null;
    }
}
