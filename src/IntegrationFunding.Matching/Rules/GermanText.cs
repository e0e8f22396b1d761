using System.Globalization;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Matching.Rules;

/// <summary>Formatting helpers for the German sentences of matching.</summary>
internal static class GermanText
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => value.ToString("0.##", German) + " %";

    public static string Labels(Vocabulary vocabulary, IEnumerable<string> ids) =>
        string.Join(", ", ids.Select(vocabulary.LabelOf));
}
