namespace IntegrationFunding.Crawler.Parsing;

/// <summary>How much work parsing one page may take (see <see cref="HtmlDocumentLoader"/>).</summary>
public sealed record ParseLimits(int MaxElements, TimeSpan MaxParseTime)
{
    public static ParseLimits From(CrawlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ParseLimits(options.MaxElementsPerPage, options.MaxParseTime);
    }
}
