namespace IntegrationFunding.Api.Ui.Presentation;

/// <summary>Crawled links are untrusted: only absolute http(s) addresses become anchors.</summary>
public static class SafeLink
{
    public static bool IsWebAddress(string? url, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    /// <summary>The address as a reader writes it: host, path and query without percent-encoding ("www.sab.sachsen.de/förderprogramme/…").</summary>
    public static string Readable(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var rest = Uri.UnescapeDataString(uri.PathAndQuery);
        return rest == "/" ? uri.Host : uri.Host + rest;
    }
}
