using System.Globalization;
using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Digest.Composition;

/// <summary>Explains in German why a programme fits a saved search: the filters it meets, the search words.</summary>
internal static class SearchReasons
{
    public static IReadOnlyList<string> For(SavedSearch search, Programme programme)
    {
        var reasons = new List<string>();
        if (search.Text is { Length: > 0 } text)
        {
            reasons.Add($"Passt zu Ihrem Suchtext „{text}“.");
        }

        Add(reasons, "Handlungsfeld", search.Topics, programme.Topics, Vocabularies.Topics);
        Add(reasons, "Zielgruppe", search.TargetGroups, programme.TargetGroups, Vocabularies.TargetGroups);
        Add(reasons, "Antragsberechtigt", search.Applicants, programme.Applicants, Vocabularies.Applicants);
        Add(reasons, "Ebene", search.Levels, [programme.Level], Vocabularies.Levels);
        if (search.States.Count > 0)
        {
            reasons.Add(programme.States.Count == 0
                ? "Bundesweit ausgeschrieben."
                : "Gilt in " + string.Join(", ", programme.States.Intersect(search.States).Select(Vocabularies.States.LabelOf)) + ".");
        }

        if (search.MaxOwnShare is { } max)
        {
            reasons.Add(programme.OwnShareMinPercent is { } own
                ? string.Create(CultureInfo.GetCultureInfo("de-DE"), $"Eigenanteil {own:0.##} % liegt im Rahmen (höchstens {max:0.##} %).")
                : "Eigenanteil unbekannt – bitte prüfen.");
        }

        if (reasons.Count == 0)
        {
            reasons.Add("Passt zu Ihrer gespeicherten Suche.");
        }

        return reasons;
    }

    private static void Add(List<string> reasons, string label, IReadOnlyList<string> wanted, IReadOnlyList<string> actual, Vocabulary vocabulary)
    {
        var hits = wanted.Intersect(actual, StringComparer.Ordinal).Select(vocabulary.LabelOf).ToList();
        if (hits.Count > 0)
        {
            reasons.Add($"{label}: {string.Join(", ", hits)}.");
        }
    }
}
