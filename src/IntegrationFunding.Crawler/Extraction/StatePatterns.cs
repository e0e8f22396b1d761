using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Names, genitives, adjectives and abbreviations of the Länder, mapped to ISO 3166-2 codes.</summary>
internal static partial class StatePatterns
{
    private static readonly (string Code, Regex Pattern)[] Table =
    [
        ("DE-BW", Rx(@"baden-württemberg\w*", "BW")),
        ("DE-BY", Rx(@"\bbayern\w*|\bbayerisch\w*|\b(?:ober|nieder)bayern\w*|\b(?:ober|mittel|unter)franken\w*|\boberpfalz\w*", "BY")),
        ("DE-BE", Rx(@"\bberlin(?:s|er|er\w+)?\b", null)),
        ("DE-BB", Rx(@"(?<!-)\bbrandenburg(?:s|isch\w*)?\b", null)),
        ("DE-HB", Rx(@"\bbremen\b|\bbremens\b|\bbremisch\w*|bremerhaven|\bbremer\b", null)),
        ("DE-HH", Rx(@"\bhamburg(?:s|isch\w*|er\w*)?\b", null)),
        ("DE-HE", Rx(@"\bhessen\b|\bhessens\b|\bhessisch\w*", null)),
        ("DE-MV", Rx(@"mecklenburg-vorpommern\w*|mecklenburg-vorpommersch\w*", "MV|M-V")),
        ("DE-NI", Rx(@"niedersachsen\w*|niedersächsisch\w*", null)),
        ("DE-NW", Rx(@"nordrhein-westfalen\w*|nordrhein-westfälisch\w*", "NRW")),
        ("DE-RP", Rx(@"rheinland-pfalz\w*|rheinland-pfälzisch\w*", "RLP")),
        ("DE-SL", Rx(@"\bsaarland\w*|\bsaarländisch\w*", null)),
        ("DE-SN", Rx(@"(?<![\w-])sachsens?\b(?!-)|(?<![\w-])sächsisch\w*", null)),
        ("DE-ST", Rx(@"sachsen-anhalt\w*", "LSA")),
        ("DE-SH", Rx(@"schleswig-holstein\w*", "SH")),
        ("DE-TH", Rx(@"thüringen\w*|thüringisch\w*|\bthüringer\b", null)),
    ];

    public static IReadOnlyList<string> Find(string text)
    {
        var cleaned = Address().Replace(text, " ");
        return Table.Where(entry => entry.Pattern.IsMatch(cleaned)).Select(entry => entry.Code).ToList();
    }

    /// <summary>Names in any case; abbreviations (all capitals) only as whole, case-sensitive words.</summary>
    private static Regex Rx(string names, string? abbreviations)
    {
        var pattern = "(?i:" + names + ")" + (abbreviations is null ? string.Empty : @"|\b(?:" + abbreviations + @")\b");
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    [GeneratedRegex(@"\b\d{5}\s+\p{Lu}[\p{L}-]+")]
    private static partial Regex Address();
}
