using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IntegrationFunding.Storage.Digest;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>
/// Signed, expiring tokens for confirm and unsubscribe links: <c>purpose.subscriptionId.expiry.signature</c>,
/// HMAC-SHA256 over the first three parts. The key comes from <c>Digest__SigningKey</c>, else from the database.
/// </summary>
public sealed class DigestTokens(IOptions<DigestOptions> options, SubscriptionStore store, TimeProvider time)
{
    public const string ConfirmPurpose = "c";
    public const string UnsubscribePurpose = "u";

    private byte[]? _key;

    public async Task<string> CreateAsync(string purpose, string subscriptionId, CancellationToken cancellationToken = default)
    {
        var lifetime = purpose == ConfirmPurpose ? options.Value.ConfirmationTokenLifetime : options.Value.UnsubscribeTokenLifetime;
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var payload = string.Create(CultureInfo.InvariantCulture, $"{purpose}.{subscriptionId}.{expires}");
        return payload + "." + Base64Url(await SignAsync(payload, cancellationToken));
    }

    /// <summary>The subscription id when the token is genuine, meant for <paramref name="purpose"/> and not expired; else null.</summary>
    public async Task<string?> ValidateAsync(string? token, string purpose, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 300)
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != purpose || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        var expected = await SignAsync(string.Join('.', parts[0], parts[1], parts[2]), cancellationToken);
        byte[] actual;
        try
        {
            actual = Convert.FromBase64String(parts[3].Replace('-', '+').Replace('_', '/') + new string('=', (4 - (parts[3].Length % 4)) % 4));
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(expected, actual) || time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return null;
        }

        return parts[1];
    }

    private async Task<byte[]> SignAsync(string payload, CancellationToken cancellationToken)
    {
        _key ??= await LoadKeyAsync(cancellationToken);
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload));
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.SigningKey;
        var key = string.IsNullOrWhiteSpace(configured)
            ? await store.GetOrCreateSigningKeyAsync(() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken)
            : configured;
        return Encoding.UTF8.GetBytes(key);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
