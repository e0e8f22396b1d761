using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Finds the funding body named in the prose ("Das Förderprogramm des Ministeriums für Soziales, Gesundheit und
/// Integration …", "der Sozialbehörde", "des Bundesamtes für Migration und Flüchtlinge") and gives it in the
/// nominative ("Ministerium für Soziales, Gesundheit und Integration", "Sächsisches Staatsministerium für …").
/// Sentences that speak about money (fördert, Mittel, Programm, Richtlinie, Aufruf, Fonds) are preferred.
/// </summary>
public static partial class FunderExtractor
{
    public static (string Name, Evidence Evidence)? Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        (string, Evidence)? fallback = null;
        foreach (var sentence in sentences.Where(s => s.Kind is not (SectionKind.Contact or SectionKind.Applicants)))
        {
            if (Body().Match(sentence.Text) is not { Success: true } match)
            {
                continue;
            }

            var name = Nominative(match.Groups["adj"].Value, match.Groups["head"].Value) + Tail(match.Groups["rest"].Value);
            var found = (name, sentence.ToEvidence());
            if (MoneyCue().IsMatch(sentence.Text))
            {
                return found;
            }

            fallback ??= found;
        }

        return fallback;
    }

    private static string Nominative(string adjective, string head)
    {
        var noun = head switch
        {
            _ when head.EndsWith("ministeriums", StringComparison.OrdinalIgnoreCase) => head[..^1],
            _ when head.EndsWith("amtes", StringComparison.OrdinalIgnoreCase) => head[..^2],
            _ when head.EndsWith("amts", StringComparison.OrdinalIgnoreCase) => head[..^1],
            _ => head,
        };
        var neuter = noun.EndsWith("ministerium", StringComparison.OrdinalIgnoreCase) || noun.EndsWith("amt", StringComparison.OrdinalIgnoreCase);
        var adj = adjective.Trim();
        if (adj.Length > 0 && adj.EndsWith("en", StringComparison.Ordinal))
        {
            adj = adj[..^2] + (neuter ? "es" : "e");
        }
        else if (adj.Length > 0 && neuter && adj.EndsWith('e'))
        {
            adj += "s";
        }

        return adj.Length > 0 ? $"{adj} {noun}" : noun;
    }

    /// <summary>The rest of the name: "für …", "des Innern", "des Landes …" up to the first word in lower case that is not part of it.</summary>
    private static string Tail(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var raw = words[i];
            var word = raw.TrimEnd(',', '.', ';', ':');
            // "für … gesellschaftlichen Zusammenhalt": an inflected adjective before a noun belongs to the name.
            var afterJoiner = kept.Count > 0 && (kept[^1] is "für" or "und" or "sowie" || kept[^1].EndsWith(','));
            var adjective = afterJoiner && word.Length > 3 && AdjectiveEnding().IsMatch(word) && i + 1 < words.Length && char.IsUpper(words[i + 1][0]) && !raw.EndsWith(',');
            var joiner = word is "für" or "und" or "des" or "der" or "sowie" or "-" || adjective;
            if (!joiner && (word.Length == 0 || !char.IsUpper(word[0])))
            {
                break;
            }

            kept.Add(raw.EndsWith(',') ? word + "," : word);
            if (raw.EndsWith('.') || raw.EndsWith(';') || raw.EndsWith(':'))
            {
                break;
            }
        }

        while (kept.Count > 0 && (kept[^1] is "für" or "und" or "des" or "der" or "sowie" or "-" || kept[^1].EndsWith(',')))
        {
            if (kept[^1].EndsWith(',') && kept[^1].Length > 1 && kept[^1] is not ("für," or "und,"))
            {
                kept[^1] = kept[^1].TrimEnd(',');
                break;
            }

            kept.RemoveAt(kept.Count - 1);
        }

        return kept.Count == 0 ? "" : " " + string.Join(' ', kept);
    }

    [GeneratedRegex(@"(?<adj>\b\p{Lu}\p{L}+(?:ischen|isches|ische|er)\s+)?(?<head>\b(?:Bundes|Landes|Staats)?[Mm]inisterium(?:s)?|\bStaatsministerium(?:s)?|\bSenatsverwaltung|\bSozialbehörde|\bBundesamt(?:es|s)?|\bLandesamt(?:es|s)?|\bBundesagentur|\bStaatskanzlei)(?<rest>(?:\s+(?:für|des|der)\s+[^.;:()]{2,160})?)")]
    private static partial Regex Body();

    [GeneratedRegex(@"^\p{Ll}+(?:en|er|es|e)$")]
    private static partial Regex AdjectiveEnding();

    [GeneratedRegex(@"förder|fördert|mittel|programm|richtlinie|aufruf|fonds|zuschüss|unterstützt", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyCue();
}
