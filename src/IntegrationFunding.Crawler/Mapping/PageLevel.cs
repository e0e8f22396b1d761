using System.Text.RegularExpressions;
using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// The level (bund, land, eu, kommune, stiftung) a page states: from a labelled or selected value ("Land",
/// "Bundesprogramm"), else from the funder's name ("Bundesministerium …" → bund, "Thüringer Ministerium …" or
/// "… des Landes Brandenburg" → land, "European Commission" → eu). Null when the page does not say.
/// </summary>
public static partial class PageLevel
{
    public static string? FromLabel(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var key = TextKey.Fold(value.Split('\n')[0]);
        return key switch
        {
            _ when LabelEu().IsMatch(key) => "eu",
            _ when LabelBund().IsMatch(key) => "bund",
            _ when LabelLand().IsMatch(key) => "land",
            _ when key.StartsWith("kommun", StringComparison.Ordinal) => "kommune",
            _ when key.Contains("stiftung", StringComparison.Ordinal) => "stiftung",
            _ => null,
        };
    }

    public static string? FromFunder(string? funder)
    {
        if (string.IsNullOrWhiteSpace(funder))
        {
            return null;
        }

        if (Eu().IsMatch(funder))
        {
            return "eu";
        }

        if (Bund().IsMatch(funder))
        {
            return "bund";
        }

        return Land().IsMatch(funder) || (Authority().IsMatch(funder) && StatePatterns.Find(funder).Count > 0) ? "land" : null;
    }

    [GeneratedRegex(@"^(?:eu|europaeische union|european union|eu programm|eu foerderung)\b")]
    private static partial Regex LabelEu();

    [GeneratedRegex(@"^(?:bund|bundes\w*)\b")]
    private static partial Regex LabelBund();

    [GeneratedRegex(@"^(?:land|laender|landes\w*)\b")]
    private static partial Regex LabelLand();

    [GeneratedRegex(@"european\s+commission|europäische\s+kommission|executive\s+agency|exekutivagentur|\binterreg\b|\beuropean\s+union\b", RegexOptions.IgnoreCase)]
    private static partial Regex Eu();

    [GeneratedRegex(@"^(?:die\s+|der\s+|das\s+)?(?:bundes\w+|beauftragte\s+der\s+bundesregierung)", RegexOptions.IgnoreCase)]
    private static partial Regex Bund();

    [GeneratedRegex(@"des\s+landes\b|^(?:landes\w+|staatsministerium|senatsverwaltung|senatskanzlei|staatskanzlei|\p{L}+(?:isches|ische|er)\s+staatsministerium)|^der\s+senat\b", RegexOptions.IgnoreCase)]
    private static partial Regex Land();

    [GeneratedRegex(@"ministerium|staatskanzlei|senat|landesamt|regierung|behörde", RegexOptions.IgnoreCase)]
    private static partial Regex Authority();
}
