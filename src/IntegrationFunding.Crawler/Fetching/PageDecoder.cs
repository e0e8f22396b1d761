using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// Turns page bytes into text: BOM, then the charset of the Content-Type header, then a meta charset in the
/// first bytes, else UTF-8. ISO-8859-1 is read as Windows-1252 (as browsers do).
/// </summary>
public static partial class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentTypeCharset)
    {
        ArgumentNullException.ThrowIfNull(body);
        var encoding = FromBom(body) ?? Resolve(contentTypeCharset) ?? Resolve(SniffMeta(body)) ?? Encoding.UTF8;
        var preamble = encoding.GetPreamble();
        var skip = preamble.Length > 0 && body.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return encoding.GetString(body, skip, body.Length - skip);
    }

    public static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "iso8859-1" or "us-ascii")
        {
            name = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromBom(byte[] body) =>
        body.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? new UTF8Encoding(true)
        : body.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) ? Encoding.Unicode
        : body.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }) ? Encoding.BigEndianUnicode
        : null;

    private static string? SniffMeta(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 2048));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
