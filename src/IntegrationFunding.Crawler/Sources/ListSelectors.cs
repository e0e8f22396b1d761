namespace IntegrationFunding.Crawler.Sources;

/// <summary>How to read a list (overview/search result) page: links to detail pages and the next page.</summary>
public sealed record ListSelectors
{
    /// <summary>CSS selector of the anchors that lead to detail pages.</summary>
    public required string Links { get; init; }
    /// <summary>CSS selector of the anchor to the next list page (optional).</summary>
    public string? Next { get; init; }
    /// <summary>Safety limit for paging (pages repeating or looping).</summary>
    public int MaxPages { get; init; } = 100;
}
