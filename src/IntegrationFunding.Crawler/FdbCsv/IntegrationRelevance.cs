using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>Whether an integration officer needs a programme, and the German reason.</summary>
public sealed record RelevanceDecision(bool Keep, string Reason);

/// <summary>
/// Selects the Förderdatenbank programmes an integration officer needs. A programme is kept when someone of the
/// municipal world may apply (Kommune, Verband/Vereinigung, Bildungseinrichtung, öffentliche Einrichtung) and
/// either its own words are about integration (migration, flight, participation, democracy, diversity,
/// language: in the title or Kurztext, or twice in the Volltext) or it falls in a social Förderbereich and the
/// topic classification puts it into one of our Handlungsfelder with a further integration word. Programmes only
/// for companies, founders, private persons or research are left out.
/// </summary>
public static partial class IntegrationRelevance
{
    private static readonly HashSet<string> MunicipalWorld = new(StringComparer.Ordinal)
    {
        "kommune", "verband_vereinigung", "bildungseinrichtung", "oeffentliche_einrichtung",
    };

    private static readonly HashSet<string> SocialAreas = new(StringComparer.Ordinal)
    {
        "gesundheit_soziales", "aus_weiterbildung", "arbeit", "frauenfoerderung", "kultur_medien_sport", "staedtebau_stadterneuerung",
        "beratung", "wohnungsbau_modernisierung",
    };

    public static RelevanceDecision Judge(FdbCsvRow row, Programme mapped)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(mapped);
        if (!row.EligibleApplicants.Any(MunicipalWorld.Contains))
        {
            return new(false, "Nur für Unternehmen, Gründende, Privatpersonen oder Forschung.");
        }

        var head = MarkdownText.ToPlain(row.Title + "\n" + row.ShortDescription);
        var body = MarkdownText.ToPlain(row.Description);
        var inHead = Signals(head).Concat(TitleIntegration().Matches(row.Title).Select(m => m.Value)).ToList();
        var inBody = Signals(body);
        if (inHead.Count > 0)
        {
            return new(true, $"Titel oder Kurztext: {inHead[0]}");
        }

        if (inBody.Count >= 2)
        {
            return new(true, $"Volltext: {string.Join(", ", inBody.Take(3))}");
        }

        var social = row.FundingAreas.Any(SocialAreas.Contains) || row.FundingSubareas.Any(s => s.Contains("integration", StringComparison.OrdinalIgnoreCase));
        if (social && inBody.Count == 1 && mapped.Topics.Count > 0)
        {
            return new(true, $"Förderbereich {string.Join(", ", row.FundingAreas)}, Handlungsfeld {mapped.Topics[0]}, Volltext: {inBody[0]}");
        }

        return new(false, "Kein Bezug zu Integration, Teilhabe oder Demokratie im Text.");
    }

    /// <summary>
    /// The distinct integration words of a text, in order. "Vielfalt" alone is no signal (European cultures,
    /// biodiversity); "Vielfalt, Toleranz und Demokratie" counts through its other words.
    /// </summary>
    internal static IReadOnlyList<string> Signals(string text) =>
        [.. Signal().Matches(NotSignal().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(
        @"\b(?:\w*migra\w*|\w*zugewander\w*|\w*zuwander\w*|\w*geflücht\w*|\w*flücht\w*|\w*asyl\w*|\w*flucht\w*|integrationspolit\w*|integrationsbeauftragt\w*|schutzsuchend\w*|schutzberechtigt\w*|spätaussiedl\w*|integrationskurs\w*|interkultur\w*|\w*diskriminier\w*|rassis\w*|antisemit\w*|demokrat\w*|\w*extremis\w*|weltoffen\w*|rückkehr\w*|ausländer\w*|willkommenskultur|teilhabe|zusammenhalt\w*|ehrenamt\w*|bürgerschaftlich\w*|\w*engagement|sprachförder\w*|sprachmittl\w*|deutschkurs\w*|alphabetisierung\w*|integrationsarbeit|integrationsvorhaben|integrationsprojekt\w*|integrationspolitik|politischen?\s+(?:weiter)?bildung|zusammenleben\w*|gemeinwesenarbeit|(?:soziale|gesellschaftliche|berufliche)n?\s+integration)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Signal();

    /// <summary>"Integration" in the title itself (not "Systemintegration"): the programme is about integrating people.</summary>
    [GeneratedRegex(@"\bIntegration\w*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleIntegration();

    [GeneratedRegex(@"(?:biologische[nr]?|arten|natürliche[nr]?|genetische[nr]?)\s*vielfalt|artenvielfalt|energiewende-engagement", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotSignal();
}
