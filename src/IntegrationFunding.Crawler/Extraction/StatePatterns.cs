using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Names, genitives, adjectives and abbreviations of the Länder and of regions inside them ("Nordhessen", "Südbaden", "Ostwestfalen-Lippe"; "Lausitz" → Brandenburg and Sachsen), mapped to ISO 3166-2 codes.</summary>
internal static partial class StatePatterns
{
    private static readonly (string Code, Regex Pattern)[] Table =
    [
        ("DE-BW", Rx(@"baden-württemberg\w*|\b(?:süd|nord|mittel)baden\w*|\bwürttemberg(?!-)\w*|\boberschwaben\w*|\bhohenlohe\w*|\bschwarzwald\w*|\bkurpfalz\w*", "BW")),
        ("DE-BY", Rx(@"\bbayern\w*|\bbayerisch\w*|\b(?:ober|nieder)bayern\w*|\b(?:ober|mittel|unter)franken\w*|\boberpfalz\w*|\ballgäu\w*", "BY")),
        ("DE-BE", Rx(@"\bberlin(?:s|er|er\w+)?\b", null)),
        ("DE-BB", Rx(@"(?<!-)\bbrandenburg(?:s|isch\w*)?\b|\b(?:nieder)?lausitz\w*|\buckermark\w*|\bprignitz\w*|\bspreewald\w*", null)),
        ("DE-HB", Rx(@"\bbremen\b|\bbremens\b|\bbremisch\w*|bremerhaven|\bbremer\b", null)),
        ("DE-HH", Rx(@"\bhamburg(?:s|isch\w*|er\w*)?\b", null)),
        ("DE-HE", Rx(@"\bhessen\b|\bhessens\b|\bhessisch\w*|\b(?:nord|süd|ost|mittel)hessen\w*|\bwetterau\w*|\bvogelsberg\w*", null)),
        ("DE-MV", Rx(@"mecklenburg-vorpommern\w*|mecklenburg-vorpommersch\w*|(?<![\w-])vorpommern\w*|\bmecklenburg(?!-)\w*", "MV|M-V")),
        ("DE-NI", Rx(@"niedersachsen\w*|niedersächsisch\w*|\bostfriesland\w*|\bostfriesisch\w*|\bemsland\w*|lüneburger\s+heide", null)),
        ("DE-NW", Rx(@"nordrhein-westfalen\w*|nordrhein-westfälisch\w*|\bostwestfalen\w*|\bmünsterland\w*|\bsauerland\w*|\bsiegerland\w*|\bruhrgebiet\w*|\bniederrhein\w*|bergisches\s+land\w*", "NRW|OWL")),
        ("DE-RP", Rx(@"rheinland-pfalz\w*|rheinland-pfälzisch\w*|(?<![\w-])pfalz\b|\bpfälzisch\w*|\bhunsrück\w*|\bwesterwald\w*", "RLP")),
        ("DE-SL", Rx(@"\bsaarland\w*|\bsaarländisch\w*", null)),
        ("DE-SN", Rx(@"(?<![\w-])sachsens?\b(?!-)|(?<![\w-])sächsisch\w*|\b(?:ober)?lausitz\w*|\berzgebirg\w*|\bvogtland\w*", null)),
        ("DE-ST", Rx(@"sachsen-anhalt\w*|\baltmark\w*", "LSA")),
        ("DE-SH", Rx(@"schleswig-holstein\w*|\bnordfriesland\w*|\bdithmarschen\w*", "SH")),
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
