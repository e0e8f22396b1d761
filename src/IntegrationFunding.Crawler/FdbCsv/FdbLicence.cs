using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// The credit the Förderdatenbank's texts demand: its imprint licenses them under Creative Commons BY-ND
/// (3.0 DE until 2025, 4.0 today), rights holder Bundesministerium für Wirtschaft und Energie. A row's own
/// <c>license_info</c> wins; the licence version is read from it.
/// </summary>
public static class FdbLicence
{
    public const string DefaultText = "Förderdatenbank des Bundes (www.foerderdatenbank.de), Bundesministerium für Wirtschaft und Energie";

    public static ProgrammeAttribution For(string? licenseInfo)
    {
        var info = licenseInfo?.Trim();
        var v3 = info?.Contains("3.0", StringComparison.Ordinal) ?? false;
        var license = v3 ? "CC BY-ND 3.0 DE" : "CC BY-ND 4.0";
        var url = v3 ? "https://creativecommons.org/licenses/by-nd/3.0/de/" : "https://creativecommons.org/licenses/by-nd/4.0/deed.de";
        var text = info is { Length: > 0 } ? StripLicence(info) : DefaultText;
        return new ProgrammeAttribution(text, license, url);
    }

    /// <summary>"…, Bundesministerium für Wirtschaft und Energie, CC BY-ND 4.0" → the part before the licence name.</summary>
    private static string StripLicence(string info)
    {
        var at = info.IndexOf("CC BY", StringComparison.OrdinalIgnoreCase);
        var text = (at > 0 ? info[..at] : info).Trim().TrimEnd(',', ';').Trim();
        return text.Length > 0 ? text : DefaultText;
    }
}
