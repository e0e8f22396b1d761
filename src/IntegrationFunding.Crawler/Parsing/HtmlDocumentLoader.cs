using AngleSharp;
using AngleSharp.Dom;

namespace IntegrationFunding.Crawler.Parsing;

/// <summary>Parses fetched text with AngleSharp. AngleSharp never touches the network: it only gets the content.</summary>
public static class HtmlDocumentLoader
{
    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default;

    public static async Task<IDocument> LoadAsync(string html, Uri address, CancellationToken cancellationToken)
    {
        var context = BrowsingContext.New(Configuration);
        return await context.OpenAsync(request => request.Content(html).Address(address), cancellationToken);
    }
}
