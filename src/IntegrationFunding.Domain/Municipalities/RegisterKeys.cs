namespace IntegrationFunding.Domain.Municipalities;

/// <summary>Register keys as people write them: spaces allowed; a Gemeinde's 12-digit ARS is read as its AGS.</summary>
public static class RegisterKeys
{
    /// <summary>The lookup key (2, 5, 8 or 9 digits), or null when the text is no register key.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return digits.Length switch
        {
            2 or 5 or 8 or 9 => digits,
            12 => digits[..5] + digits[9..],
            _ => null,
        };
    }
}
