namespace IntegrationFunding.Domain.Municipalities;

/// <summary>The two-digit Land part of an AGS and the ISO 3166-2 code of the Land.</summary>
public static class RegisterStates
{
    private static readonly string[] Codes =
    [
        "DE-SH", "DE-HH", "DE-NI", "DE-HB", "DE-NW", "DE-HE", "DE-RP", "DE-BW", "DE-BY", "DE-SL", "DE-BE", "DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH",
    ];

    /// <summary>The ISO code for a key's first two digits ("09" → DE-BY), or null when they name no Land.</summary>
    public static string? FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length >= 2 && char.IsAsciiDigit(key[0]) && char.IsAsciiDigit(key[1]) && (((key[0] - '0') * 10) + (key[1] - '0')) is >= 1 and <= 16 and var n
            ? Codes[n - 1]
            : null;
    }
}
