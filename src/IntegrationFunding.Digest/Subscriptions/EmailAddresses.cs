using System.Net.Mail;

namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>The one rule for subscriber addresses (API and web form): a single plain address of at most 254 characters whose domain has a dot.</summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    public static bool IsValid(string? email) =>
        email is { Length: > 0 and <= MaxLength }
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal);
}
