using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace IntegrationFunding.Digest.Rendering;

/// <summary>Escaping helpers: crawled text is untrusted, and only http(s) links are written.</summary>
internal static class Html
{
    /// <summary>Escapes markup characters but keeps umlauts and other letters readable in the source.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(string? value) => Encoder.Encode(value ?? "");

    public static string Href(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Encoder.Encode(uri.AbsoluteUri)
            : "#";
}
