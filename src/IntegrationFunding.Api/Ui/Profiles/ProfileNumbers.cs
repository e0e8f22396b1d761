using System.Globalization;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>Reads the optional number fields of the profile form as people type them ("05 315 000", "12.500").</summary>
public static class ProfileNumbers
{
    /// <summary>The AGS without spaces, or null when empty; <paramref name="valid"/> is false unless it is exactly 8 digits.</summary>
    public static string? Ags(string? text, out bool valid)
    {
        var digits = Compact(text);
        valid = digits is null || (digits.Length == 8 && digits.All(char.IsAsciiDigit));
        return valid ? digits : null;
    }

    /// <summary>The population, or null when empty; German thousands separators (dot, space) are allowed.</summary>
    public static int? Population(string? text, out bool valid)
    {
        var digits = Compact(text)?.Replace(".", string.Empty, StringComparison.Ordinal);
        if (digits is null)
        {
            valid = true;
            return null;
        }

        if (digits.Length > 0 && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            valid = true;
            return population;
        }

        valid = false;
        return null;
    }

    private static string? Compact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
