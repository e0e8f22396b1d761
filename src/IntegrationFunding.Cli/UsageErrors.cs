using System.Text.RegularExpressions;

namespace IntegrationFunding.Cli;

/// <summary>
/// German usage errors. System.CommandLine brings German resources for most messages (the CLI runs with the
/// de-DE UI culture); the few still untranslated, such as a value of the wrong type, are rewritten here.
/// </summary>
internal static partial class UsageErrors
{
    public static string German(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var target = match.Groups["kind"].Value == "option" ? "die Option" : "den Befehl";
        return $"Der Wert '{match.Groups["value"].Value}' ist für {target} '{match.Groups["name"].Value}' ungültig: erwartet wird {Expected(match.Groups["type"].Value)}.";
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => "eine ganze Zahl",
        "System.Decimal" or "System.Double" or "System.Single" => "eine Zahl",
        "System.DateOnly" => "ein Datum (JJJJ-MM-TT)",
        "System.DateTime" or "System.DateTimeOffset" => "ein Zeitpunkt (JJJJ-MM-TTThh:mm:ssZ)",
        "System.TimeSpan" => "eine Dauer (z. B. 00:30:00)",
        "System.Boolean" => "true oder false",
        _ => "ein gültiger Wert",
    };

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for (?<kind>command|option) '(?<name>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex CannotParse();
}
