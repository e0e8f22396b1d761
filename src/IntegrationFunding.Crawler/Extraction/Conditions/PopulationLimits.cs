using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes.Conditions;

namespace IntegrationFunding.Crawler.Extraction.Conditions;

/// <summary>
/// Population limits in one sentence: who (Gemeinden, Städte, Kommunen, Landkreise), then a range ("10.000 bis 50.000"),
/// or a bound ("mindestens", "ab", "über", "mehr als", "unter", "weniger als", "bis", "höchstens", "maximal"), then
/// "Einwohner". "über"/"mehr als" and "unter"/"weniger als" are exclusive.
/// </summary>
internal static partial class PopulationLimits
{
    public static IEnumerable<PopulationCondition> In(string sentence)
    {
        foreach (Match m in Pattern().Matches(sentence))
        {
            var kinds = Kinds(m.Groups["who"].Value);
            if (m.Groups["a"].Success && Number(m.Groups["a"].Value) is { } a && Number(m.Groups["b"].Value) is { } b && a <= b)
            {
                yield return new PopulationCondition { Kinds = kinds, Min = a, Max = b };
                continue;
            }

            if (!m.Groups["n"].Success || Number(m.Groups["n"].Value) is not { } n)
            {
                continue;
            }

            var op = m.Groups["op"].Value.ToLowerInvariant();
            yield return op switch
            {
                "mindestens" or "ab" => new PopulationCondition { Kinds = kinds, Min = n },
                "über" or "mehr als" => new PopulationCondition { Kinds = kinds, Min = n + 1 },
                "unter" or "weniger als" => new PopulationCondition { Kinds = kinds, Max = n - 1 },
                _ => new PopulationCondition { Kinds = kinds, Max = n },
            };
        }
    }

    private static List<string> Kinds(string who) => who.ToLowerInvariant() switch
    {
        var w when w.StartsWith("gemeinde", StringComparison.Ordinal) => ["gemeinde"],
        var w when w.StartsWith("städte", StringComparison.Ordinal) || w.StartsWith("stadt", StringComparison.Ordinal) => ["stadt", "kreisfreie-stadt"],
        var w when w.StartsWith("landkreis", StringComparison.Ordinal) || w.StartsWith("kreise", StringComparison.Ordinal) => ["landkreis"],
        _ => [],
    };

    private static int? Number(string text) =>
        int.TryParse(text.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(
        @"(?<who>Gemeinden|Städten?|Kommunen|Landkreisen?|Kreisen?)\b[^.;]{0,60}?\b(?:(?<a>\d{1,3}(?:\.\d{3})+|\d+)\s*(?:bis|–|-)\s*(?<b>\d{1,3}(?:\.\d{3})+|\d+)|(?<op>mindestens|ab|über|mehr als|unter|weniger als|bis zu|bis|höchstens|maximal)\s+(?<n>\d{1,3}(?:\.\d{3})+|\d+))\s+Einwohner",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
