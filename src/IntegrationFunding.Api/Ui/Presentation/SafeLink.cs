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
}
