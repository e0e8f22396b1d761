using IntegrationFunding.Crawler.Sources;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// Finds the programme field a page label stands for, using the source's label synonyms. A mapped section reaches the
/// fact extractor under the canonical label of its field, so the extractor reads it as what the operator said it is
/// (a value under an "Eigenanteil" label is an own share, never a rate).
/// </summary>
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
        [ProgrammeFields.Rate] = "Förderquote",
        [ProgrammeFields.OwnShare] = "Eigenanteil",
        [ProgrammeFields.OpeningDate] = "Antragsbeginn",
        [ProgrammeFields.ProgrammeEnd] = "Programmende",
        [ProgrammeFields.Status] = "Status",
        [ProgrammeFields.Budget] = "Fördervolumen",
    };

    /// <summary>Fields that only name the page (read by the mapper), not prose the extractors should read.</summary>
    private static readonly HashSet<string> NotForExtraction = new(StringComparer.Ordinal) { ProgrammeFields.Ignore, ProgrammeFields.Name, ProgrammeFields.Level };

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

    /// <summary>
    /// The sections as the extractor should see them: ignored and naming ones dropped, mapped ones with a canonical
    /// label, followed by the texts of <c>detail.fields</c> selectors for extractable fields.
    /// </summary>
    public IReadOnlyList<PageSection> ForExtraction(IReadOnlyList<PageSection> sections, IReadOnlyDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var result = sections
            .Select(s => (Section: s, Field: FieldOf(s.Label)))
            .Where(x => x.Field is null || !NotForExtraction.Contains(x.Field))
            .Where(x => x.Field != ProgrammeFields.Applicants || !FdbCrosswalk.IsCategoryList(x.Section.Text))
            .Select(x => x.Field is not null && ExtractorLabels.TryGetValue(x.Field, out var canonical) ? x.Section with { Label = canonical } : x.Section)
            .ToList();
        foreach (var (field, text) in fields ?? new Dictionary<string, string>())
        {
            if (ExtractorLabels.TryGetValue(field, out var canonical) && field != ProgrammeFields.Funder && field != ProgrammeFields.States)
            {
                result.Add(new PageSection(canonical, text));
            }
            else if (field is ProgrammeFields.Summary or ProgrammeFields.Body or ProgrammeFields.LegalBasis)
            {
                result.Add(new PageSection(field == ProgrammeFields.LegalBasis ? "Rechtsgrundlage" : "", text));
            }
        }

        return result;
    }

    public IEnumerable<PageSection> SectionsFor(IReadOnlyList<PageSection> sections, string field) =>
        sections.Where(s => FieldOf(s.Label) == field);
}
