using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationFunding.Api.Contracts;

namespace IntegrationFunding.Api.Endpoints;

/// <summary>
/// Re-reads number and date parameters from the raw query string, where binding is too lenient: a German
/// decimal comma (<c>maxOwnShare=2,5</c>) means 2.5, not 25; a date must be written <c>JJJJ-MM-TT</c>.
/// </summary>
internal static partial class StrictQueryValues
{
    public static ProgrammeSearchRequest Apply(ProgrammeSearchRequest request, IQueryCollection raw, Dictionary<string, string[]> errors)
    {
        if (raw.TryGetValue("maxOwnShare", out var share) && share.Count > 0 && share[0] is { Length: > 0 } text)
        {
            if (Number().IsMatch(text))
            {
                request = request with { MaxOwnShare = decimal.Parse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) };
            }
            else
            {
                errors["maxOwnShare"] = [$"maxOwnShare muss eine Zahl sein, z. B. 10 oder 2,5 (nicht \"{ProgrammeSearchValidator.Shorten(text)}\")."];
            }
        }

        foreach (var name in new[] { "deadlineFrom", "deadlineTo", "openOn" })
        {
            if (raw.TryGetValue(name, out var date) && date.Count > 0 && date[0] is { Length: > 0 } value && !IsoDate().IsMatch(value))
            {
                errors[name] = [$"{name} muss ein Datum im Format JJJJ-MM-TT sein, z. B. 2027-03-31 (nicht \"{ProgrammeSearchValidator.Shorten(value)}\")."];
            }
        }

        return request;
    }

    [GeneratedRegex(@"^\d{1,3}([.,]\d{1,4})?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
