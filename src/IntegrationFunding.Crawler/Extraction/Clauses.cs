using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>A part of a sentence between clause separators (";", ", ", " – "), with its offset in the sentence.</summary>
public sealed record Clause(string Text, int Start)
{
    public int End => Start + Text.Length;
}

/// <summary>Splits a sentence into clauses; commas inside numbers ("1,5 Mio.") and parentheses do not split.</summary>
public static partial class Clauses
{
    public static IReadOnlyList<Clause> Split(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clauses = new List<Clause>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth > 0)
            {
                continue;
            }

            var separatorLength = Separator().Match(sentence, i) is { Success: true, Index: var index } match && index == i ? match.Length : 0;
            if (separatorLength > 0)
            {
                clauses.Add(new Clause(sentence[start..i], start));
                start = i + separatorLength;
                i = start - 1;
            }
        }

        clauses.Add(new Clause(sentence[start..], start));
        return clauses;
    }

    public static Clause At(IReadOnlyList<Clause> clauses, int position)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        return clauses.LastOrDefault(c => c.Start <= position) ?? clauses[0];
    }

    [GeneratedRegex(@"\G(?:;\s*|,\s+(?!-)|\s[–—]\s)")]
    private static partial Regex Separator();
}
