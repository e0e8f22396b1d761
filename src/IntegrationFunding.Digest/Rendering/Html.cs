using System.Net;

namespace IntegrationFunding.Digest.Rendering;

/// <summary>Escaping helpers: crawled text is untrusted, and only http(s) links are written.</summary>
internal static class Html
{
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static string Href(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? WebUtility.HtmlEncode(uri.AbsoluteUri)
            : "#";
}
