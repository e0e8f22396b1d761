using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// Turns page bytes into text: BOM, then the charset of the Content-Type header, then a meta charset in the
/// first bytes, else UTF-8. ISO-8859-1 is read as Windows-1252 (as browsers do). Lying labels are caught:
/// "UTF-8" on bytes that mostly are not UTF-8 is read as Windows-1252, "UTF-16/32" without BOM on a body without zero
/// bytes is ignored.
/// </summary>
public static partial class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentTypeCharset)
    {
        ArgumentNullException.ThrowIfNull(body);
        var encoding = FromBom(body) ?? Plausible(Resolve(contentTypeCharset), body) ?? Plausible(Resolve(SniffMeta(body)), body) ?? Encoding.UTF8;
        var preamble = encoding.GetPreamble();
        var skip = preamble.Length > 0 && body.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        var text = encoding.GetString(body, skip, body.Length - skip);
        return encoding.CodePage == Encoding.UTF8.CodePage && MostlyInvalid(text)
            ? Encoding.GetEncoding("windows-1252").GetString(body, skip, body.Length - skip)
            : text;
    }

    /// <summary>
    /// Declared (or assumed) UTF-8, but most non-ASCII characters did not decode: legacy sites send Windows-1252
    /// under a wrong label. A single stray byte in a real UTF-8 page does not switch the encoding.
    /// </summary>
    private static bool MostlyInvalid(string text)
    {
        var nonAscii = 0;
        var invalid = 0;
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                nonAscii++;
                invalid += c == '\uFFFD' ? 1 : 0;
            }
        }

        return invalid > 0 && invalid * 2 > nonAscii;
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

    /// <summary>A declared UTF-16/UTF-32 without BOM on a body without zero bytes is a lie (markup would have them): ignored.</summary>
    private static Encoding? Plausible(Encoding? declared, byte[] body)
    {
        if (declared is null || declared.CodePage is not (1200 or 1201 or 12000 or 12001))
        {
            return declared;
        }

        return body.AsSpan(0, Math.Min(body.Length, 1024)).Contains((byte)0) ? declared : null;
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
