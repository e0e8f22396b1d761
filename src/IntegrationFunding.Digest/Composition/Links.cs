namespace IntegrationFunding.Digest.Composition;

/// <summary>Absolute links into the public site, built from <c>PublicBaseUrl</c>.</summary>
public static class Links
{
    public static string Programme(string baseUrl, string id) => Combine(baseUrl, "/programme/" + Uri.EscapeDataString(id));

    public static string Confirm(string baseUrl, string token) => Combine(baseUrl, "/api/v1/subscriptions/confirm?token=" + Uri.EscapeDataString(token));

    public static string Unsubscribe(string baseUrl, string token) => Combine(baseUrl, "/api/v1/subscriptions/unsubscribe?token=" + Uri.EscapeDataString(token));

    private static string Combine(string baseUrl, string path) => (baseUrl ?? throw new ArgumentNullException(nameof(baseUrl))).TrimEnd('/') + path;
}
