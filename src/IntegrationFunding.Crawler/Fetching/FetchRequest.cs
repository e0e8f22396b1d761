namespace IntegrationFunding.Crawler.Fetching;

/// <summary>A page to fetch, with the validators of the cached version (for a conditional GET).</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, long? MaxBytes = null);
