using IntegrationFunding.Crawler.Sources;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>Finds the programme field a page label stands for, using the source's label synonyms.</summary>
public sealed class LabelMap
{
    /// <summary>The label the fact extractor is given for a mapped field (it classifies sections by label).</summary>
    private static readonly Dictionary<string, string> ExtractorLabels = new(StringComparer.Ordinal)
    {
        [ProgrammeFields.Applicants] = "Förderberechtigte",
        [ProgrammeFields.Deadlines] = "Antragsfrist",
        [ProgrammeFields.Amounts] = "Förderhöhe",
        [ProgrammeFields.States] = "Fördergebiet",
        [ProgrammeFields.Funder] = "Fördergeber",
    };

    private readonly Dictionary<string, string> _fieldByLabel = new(StringComparer.Ordinal);

    public LabelMap(IReadOnlyDictionary<string, IReadOnlyList<string>> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (field, synonyms) in labels)
        {
            foreach (var synonym in synonyms)
            {
                _fieldByLabel[TextKey.Fold(synonym)] = field;
            }
        }
    }

    public string? FieldOf(string label) => _fieldByLabel.GetValueOrDefault(TextKey.Fold(label));

    /// <summary>The sections as the extractor should see them: ignored ones dropped, mapped ones with a canonical label.</summary>
    public IReadOnlyList<PageSection> ForExtraction(IReadOnlyList<PageSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        return sections
            .Select(s => (Section: s, Field: FieldOf(s.Label)))
            .Where(x => x.Field != ProgrammeFields.Ignore)
            .Select(x => x.Field is not null && ExtractorLabels.TryGetValue(x.Field, out var canonical) ? x.Section with { Label = canonical } : x.Section)
            .ToList();
    }

    public IEnumerable<PageSection> SectionsFor(IReadOnlyList<PageSection> sections, string field) =>
        sections.Where(s => FieldOf(s.Label) == field);
}
