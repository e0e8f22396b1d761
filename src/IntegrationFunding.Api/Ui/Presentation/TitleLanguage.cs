using System.Text.RegularExpressions;

namespace IntegrationFunding.Api.Ui.Presentation;

/// <summary>
/// Splits a programme title into parts and marks English parts (quoted „…“, in parentheses, or after a dash) so that
/// screen readers pronounce them in English (<c>lang="en"</c>). A part counts as English when it has English words
/// and no German function word.
/// </summary>
public static partial class TitleLanguage
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "of", "the", "for", "to", "at", "into", "on", "with", "twinning", "networks", "towns", "town", "actions",
        "urban", "support", "labour", "market", "children", "young", "adults", "inclusion", "initiatives", "initiative", "european",
    };

    private static readonly HashSet<string> German = new(StringComparer.OrdinalIgnoreCase)
    {
        "und", "der", "die", "das", "für", "von", "zur", "zum", "mit", "im", "den", "des", "ein", "eine",
    };

    /// <summary>The title's parts in order, each with "en" or null (the page's German).</summary>
    public static IReadOnlyList<(string Text, string? Lang)> Parts(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var parts = new List<(string, string?)>();
        var last = 0;
        foreach (Match m in Segment().Matches(title))
        {
            if (m.Index > last)
            {
                parts.Add((title[last..m.Index], null));
            }

            var inner = m.Groups["q"].Success ? m.Groups["q"] : m.Groups["p"].Success ? m.Groups["p"] : m.Groups["d"];
            parts.Add((title[m.Index..inner.Index], null));
            parts.Add((inner.Value, IsEnglish(inner.Value) ? "en" : null));
            parts.Add((title[(inner.Index + inner.Length)..(m.Index + m.Length)], null));
            last = m.Index + m.Length;
        }

        if (last < title.Length)
        {
            parts.Add((title[last..], null));
        }

        return parts.Where(p => p.Item1.Length > 0).ToList();
    }

    private static bool IsEnglish(string text)
    {
        var words = Words().Matches(text).Select(w => w.Value).ToList();
        return words.Any(English.Contains) && !words.Any(German.Contains);
    }

    [GeneratedRegex("„(?<q>[^“]+)“|\\((?<p>[^()]+)\\)|– (?<d>[^–„(]+)$")]
    private static partial Regex Segment();

    [GeneratedRegex("[\\p{L}-]+")]
    private static partial Regex Words();
}
