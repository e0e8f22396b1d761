namespace IntegrationFunding.Storage.Crawls;

/// <summary>
/// What the crawler remembers of one URL: HTTP validators, a content hash, the source configuration it was
/// read with and what it produced (programme ids, or for list pages the links found), as JSON.
/// </summary>
public sealed record CachedPage(
    string SourceId,
    string Url,
    string Role,
    string? ETag,
    string? LastModified,
    string ContentHash,
    string ConfigHash,
    string Payload,
    DateTimeOffset FetchedAt);
