using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// The body that gives the money: the table's <c>funding_organisation</c> when filled (live data), else the
/// subject of the Volltext's first sentence when it is an institution ("Das Ministerium für … unterstützt Sie"),
/// else the Land of a Land programme or the EU. Never the source's name.
/// </summary>
internal static partial class FdbCsvFunder
{
    public static (string? Name, Evidence? Evidence) Of(FdbCsvRow row, string level, IReadOnlyList<string> states)
    {
        if (row.FundingOrganisation is { } organisation)
        {
            var names = FdbCsvReader.ParseCodes(organisation, "funding_organisation", 0);
            if (names.Count > 0)
            {
                return (names[0], new Evidence($"funding_organisation: {string.Join(", ", names)}", "funding_organisation"));
            }
        }

        var first = MarkdownText.ToPlain(row.Description).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        if (Subject().Match(first) is { Success: true } match && Institution().IsMatch(match.Groups["name"].Value))
        {
            return (match.Groups["name"].Value.Trim(), new Evidence(first, "Volltext"));
        }

        return level switch
        {
            "land" when states.Count == 1 => ($"Land {Vocabularies.States.LabelOf(states[0])}", null),
            "eu" => ("Europäische Union", null),
            _ => (null, null),
        };
    }

    [GeneratedRegex(@"^(?:Das|Der|Die)\s+(?<name>.{3,140}?)\s+(?:unterstützt|fördert|gewährt|vergibt|bezuschusst|stellt|hilft|gibt|finanziert|beteiligt\s+sich|übernimmt|bietet|entlastet)\b")]
    private static partial Regex Subject();

    [GeneratedRegex(@"ministerium|minister\b|senat|bundesamt|landesamt|bank|kfw|\bland\b|freistaat|bundesregierung|bundesrepublik|landesregierung|stiftung|beauftragte|agentur|kommission|europäische union|behörde|zentrale|landschaftsverband|fonds|amt\b", RegexOptions.IgnoreCase)]
    private static partial Regex Institution();
}
