using System.Diagnostics;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IntegrationFunding.Crawler.Parsing;

/// <summary>
/// Parses fetched, already decoded text with AngleSharp. AngleSharp never touches the network: it only gets the content.
/// The work per page is bounded: at most <see cref="ParseLimits.MaxElements"/> elements and
/// <see cref="ParseLimits.MaxParseTime"/> of parsing (deeply nested markup makes AngleSharp's tree building
/// superlinear: 50,000 nested divs take seconds, 200,000 minutes); past either limit a
/// <see cref="PageParseLimitException"/> ends the page, not the crawl.
/// </summary>
public static class HtmlDocumentLoader
{
    /// <summary>Elements between two checks of the elapsed parse time.</summary>
    private const int CheckEvery = 64;

    public static async Task<IDocument> LoadAsync(string html, Uri address, ParseLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        // Parse time is a compute budget, not wall-clock time of the domain: it is measured with Stopwatch ticks.
        var started = Stopwatch.GetTimestamp();
        var elements = 0;
        var options = new HtmlParserOptions
        {
            OnCreated = (_, _) =>
            {
                elements++;
                if (elements > limits.MaxElements)
                {
                    throw new PageParseLimitException($"Seite hat mehr als {limits.MaxElements} Elemente – nicht verarbeitet.");
                }

                if (elements % CheckEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (Stopwatch.GetElapsedTime(started) > limits.MaxParseTime)
                    {
                        throw new PageParseLimitException(
                            $"Einlesen der Seite dauerte länger als {limits.MaxParseTime.TotalSeconds:0.###} s (nach {elements} Elementen, zu tief verschachtelt?) – abgebrochen.");
                    }
                }
            },
        };
        var context = BrowsingContext.New(Configuration.Default.WithOnly<IHtmlParser>(c => new HtmlParser(options, c)));
        // The fetcher already decoded the bytes (header, BOM or meta charset); telling AngleSharp the text is
        // UTF-8 at transport level keeps it from re-decoding on a meta charset (transport wins over meta).
        return await context.OpenAsync(
            request => request.Content(html).Address(address).Header("Content-Type", "text/html; charset=utf-8"),
            cancellationToken);
    }
}
