using AngleSharp;
using AngleSharp.Dom;

namespace IntegrationFunding.Crawler.Parsing;

/// <summary>Parses fetched, already decoded text with AngleSharp. AngleSharp never touches the network: it only gets the content.</summary>
public static class HtmlDocumentLoader
{
    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default;

    public static async Task<IDocument> LoadAsync(string html, Uri address, CancellationToken cancellationToken)
    {
        var context = BrowsingContext.New(Configuration);
        // The fetcher already decoded the bytes (header, BOM or meta charset); telling AngleSharp the text is
        // UTF-8 at transport level keeps it from re-decoding on a meta charset (transport wins over meta).
        return await context.OpenAsync(
            request => request.Content(html).Address(address).Header("Content-Type", "text/html; charset=utf-8"),
            cancellationToken);
    }
}
