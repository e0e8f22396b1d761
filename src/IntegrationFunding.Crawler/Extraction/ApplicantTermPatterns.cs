using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>German words for applicant kinds, mapped to applicant vocabulary ids ("Kommunen" → all municipal kinds).</summary>
internal static partial class ApplicantTermPatterns
{
    public static readonly string[] Municipalities = ["gemeinde", "stadt", "kreisfreie-stadt", "landkreis"];

    /// <summary>Ordered: longer phrases first; a matched span is blanked so "kreisfreie Städte" is not also "Städte".</summary>
    private static readonly (Regex Pattern, string[] Ids)[] Table =
    [
        (Rx(@"for-profit\s+(?:organisations?|organizations?|entities)|private\s+companies|social\s+enterprises|\benterprises\b|\bcompanies\b"), ["unternehmen"]),
        (Rx(@"associations\s+of\s+(?:cities|towns|municipalities|local\s+authorities|urban\s+authorities)"), ["kommunaler-verbund"]),
        (Rx(@"(?:local|regional)(?:\s+and\s+regional)?\s+authorities|public\s+authorities\s+at\s+local(?:\s+and\s+regional)?\s+level|\bmunicipalities\b"), Municipalities),
        (Rx(@"\bcities\b|\btowns\b|urban\s+authorities"), ["kreisfreie-stadt", "stadt"]),
        (Rx(@"non-?profit\s+organi[sz]ations|\bngos?\b|civil\s+society\s+organi[sz]ations|youth\s+organi[sz]ations"), ["verein"]),
        (Rx(@"(?:education\s+and\s+)?training\s+providers|education\s+providers"), ["bildungstraeger"]),
        (Rx(@"\buniversities\b|research\s+organi[sz]ations"), ["hochschule"]),
        (Rx(@"\bschools\b"), ["schule-kita"]),
        (Rx(@"natural\s+persons|individuals"), ["privatperson"]),
        (Rx(@"stadt-\s+und\s+landkreise"), ["kreisfreie-stadt", "landkreis"]),
        (Rx(@"kreisfreie[nr]?\s+städte?n?|kreisfreie[nr]?\s+stadt|stadtkreise?n?|großstädte?n?"), ["kreisfreie-stadt"]),
        (Rx(@"(?:kommunale[nr]?\s+)?gebietskörperschaften|kommunen|\bkommune\b|kommunale\s+träger|öffentliche\s+einrichtung"), Municipalities),
        (Rx(@"verbandsgemeinden?|samtgemeinden?|verwaltungsgemeinschaften?|verwaltungsverbände?n?|\bämtern?\b"), ["gemeindeverband"]),
        (Rx(@"gemeindeverbände?n?|zweckverbände?n?|(?:kommunale[nr]?\s+)?(?:zusammenschlüssen?|verbünde|arbeitsgemeinschaften)(?:\s+(?:mehrerer|von)\s+(?:gemeinden|kommunen|städten))?|interkommunale"), ["kommunaler-verbund"]),
        (Rx(@"sonderstatusstädte?n?|große[nr]?\s+kreisstädte?n?|\bkreisstädte?n?\b"), ["stadt"]),
        (Rx(@"einheitsgemeinden?|ortsgemeinden?|verbandsfreie[nr]?\s+gemeinden|amtsfreie[nr]?\s+gemeinden"), ["gemeinde"]),
        (Rx(@"\b(?:land)?kreise?n?\b|kreisverwaltung|region\s+hannover"), ["landkreis"]),
        (Rx(@"\bgemeinden\b|\bgemeinde\b(?!\w)"), ["gemeinde"]),
        (Rx(@"kreisangehörige[nr]?\s+städte?n?|\bstädte?n?\b"), ["stadt"]),
        (Rx(@"migrant\S*organisation\w*|migrant\S*selbstorganisation\w*|\bmso\b|migrantische[nr]?\s+(?:vereine|organisationen)"), ["migrantenorganisation"]),
        (Rx(@"verband/vereinigung"), ["verein", "wohlfahrtsverband"]),
        (Rx(@"wohlfahrtsverbände?n?|wohlfahrtspflege|wohlfahrtsverband|caritas|diakonie|\bawo\b|\bdrk\b|paritätische"), ["wohlfahrtsverband"]),
        (Rx(@"vereine?n?\b|vereinigungen|\be\.\s?v\.|initiativen"), ["verein"]),
        (Rx(@"bildungsträger|bildungseinrichtung\w*|volkshochschulen?|\bvhs\b|weiterbildungs(?:träger|einrichtung)\w*|sprachkursträger"), ["bildungstraeger"]),
        (Rx(@"\bschulen\b|\bschule\b|schulträger|\bkitas?\b|kindertages(?:stätten|einrichtungen|stätte)"), ["schule-kita"]),
        (Rx(@"unternehmen|betriebe\b|\bkmu\b|arbeitgeber"), ["unternehmen"]),
        (Rx(@"hochschulen?|universitäten|universität|fachhochschulen?|forschungseinrichtung\w*"), ["hochschule"]),
        (Rx(@"religionsgemeinschaft\w*|kirchengemeinden?|moscheegemeinden?|moscheevereine?|kirchliche[nr]?\s+träger|kirchen\b"), ["religionsgemeinschaft"]),
        (Rx(@"stiftungen|\bstiftung\b"), ["stiftung"]),
        (Rx(@"privatpersonen|privatperson|einzelpersonen|natürliche\s+personen"), ["privatperson"]),
    ];

    public static IReadOnlyList<(string Id, int Index)> Find(string text)
    {
        var working = text;
        var found = new List<(string, int)>();
        foreach (var (pattern, ids) in Table)
        {
            foreach (Match match in pattern.Matches(working))
            {
                found.AddRange(ids.Select(id => (id, match.Index)));
                working = string.Concat(working.AsSpan(0, match.Index), new string(' ', match.Length), working.AsSpan(match.Index + match.Length));
            }
        }

        return found;
    }

    /// <summary>The text with every applicant word replaced by spaces (so "Schulen" is not read as a topic).</summary>
    public static string Blank(string text)
    {
        var working = text;
        foreach (var (pattern, _) in Table)
        {
            working = pattern.Replace(working, match => new string(' ', match.Length));
        }

        return working;
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
