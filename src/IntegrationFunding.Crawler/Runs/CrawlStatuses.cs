namespace IntegrationFunding.Crawler.Runs;

/// <summary>How a crawl run of one source ended (stored in crawl_runs.status).</summary>
public static class CrawlStatuses
{
    /// <summary>Everything fetched and applied.</summary>
    public const string Succeeded = "succeeded";
    /// <summary>Applied, but some detail pages failed (their programmes were kept as they were).</summary>
    public const string Partial = "partial";
    /// <summary>Blocked, unreachable, markup changed or empty: no programme was changed.</summary>
    public const string Failed = "failed";
    /// <summary>Cancelled before the end: no programme was changed.</summary>
    public const string Cancelled = "cancelled";
}
