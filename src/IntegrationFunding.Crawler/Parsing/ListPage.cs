namespace IntegrationFunding.Crawler.Parsing;

/// <summary>What a list page offers: detail links (absolute, deduplicated), the next page, and whether the link selector matched at all.</summary>
public sealed record ListPage(IReadOnlyList<Uri> DetailLinks, Uri? Next, bool LinkSelectorMatched);
