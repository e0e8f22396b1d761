using System.Text.RegularExpressions;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>Masks e-mail addresses in texts that reach logs or the outbox's error column (servers quote the recipient).</summary>
public static partial class LogRedaction
{
    public const string Placeholder = "<Adresse>";

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Address().Replace(text, Placeholder);
    }

    [GeneratedRegex(@"[^\s<>""'(),;:]+@[^\s<>""'(),;:]+")]
    private static partial Regex Address();
}
