using System.Net.Mail;

namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>
/// The one rule for subscriber addresses (API and web form): a single plain address of at most 254 characters
/// whose domain has a dot and whose local part (before the @) is ASCII. Relays without SMTPUTF8 (RFC 6531) cannot
/// deliver non-ASCII local parts, so such addresses are refused at subscribe time instead of failing later;
/// internationalised domains are fine (sent as punycode).
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    public static bool IsValid(string? email) =>
        email is { Length: > 0 and <= MaxLength }
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal)
        && System.Text.Ascii.IsValid(address.User);
}
