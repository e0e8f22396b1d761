using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Names, genitives, adjectives and abbreviations of the Länder, mapped to ISO 3166-2 codes.</summary>
internal static partial class StatePatterns
{
    private static readonly (string Code, Regex Pattern)[] Table =
    [
        ("DE-BW", Rx(@"baden-württemberg\w*|\bBW\b")),
        ("DE-BY", Rx(@"\bbayern\w*|\bbayerisch\w*|\bBY\b")),
        ("DE-BE", Rx(@"\bberlin(?:s|er|er\w+)?\b")),
        ("DE-BB", Rx(@"(?<!-)\bbrandenburg(?:s|isch\w*)?\b")),
        ("DE-HB", Rx(@"\bbremen\b|\bbremens\b|\bbremisch\w*|bremerhaven|\bbremer\b")),
        ("DE-HH", Rx(@"\bhamburg(?:s|isch\w*|er\w*)?\b")),
        ("DE-HE", Rx(@"\bhessen\b|\bhessens\b|\bhessisch\w*")),
        ("DE-MV", Rx(@"mecklenburg-vorpommern\w*|mecklenburg-vorpommersch\w*|\bMV\b|\bM-V\b")),
        ("DE-NI", Rx(@"niedersachsen\w*|niedersächsisch\w*")),
        ("DE-NW", Rx(@"nordrhein-westfalen\w*|nordrhein-westfälisch\w*|\bNRW\b")),
        ("DE-RP", Rx(@"rheinland-pfalz\w*|rheinland-pfälzisch\w*|\bRLP\b")),
        ("DE-SL", Rx(@"\bsaarland\w*|\bsaarländisch\w*")),
        ("DE-SN", Rx(@"(?<![\w-])sachsens?\b(?!-)|(?<![\w-])sächsisch\w*")),
        ("DE-ST", Rx(@"sachsen-anhalt\w*|\bLSA\b")),
        ("DE-SH", Rx(@"schleswig-holstein\w*|\bSH\b")),
        ("DE-TH", Rx(@"thüringen\w*|thüringisch\w*|\bthüringer\b")),
    ];

    public static IReadOnlyList<string> Find(string text)
    {
        var cleaned = Address().Replace(text, " ");
        return Table.Where(entry => entry.Pattern.IsMatch(cleaned)).Select(entry => entry.Code).ToList();
    }

    private static Regex Rx(string pattern)
    {
        // Abbreviations (all capitals) must match case-sensitively, names in any case.
        var options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        return new Regex(CaseInsensitiveNames(pattern), options);
    }

    private static string CaseInsensitiveNames(string pattern) =>
        string.Join('|', pattern.Split('|').Select(part => part.Any(char.IsLower) ? "(?i:" + part + ")" : part));

    [GeneratedRegex(@"\b\d{5}\s+\p{Lu}[\p{L}-]+")]
    private static partial Regex Address();
}
