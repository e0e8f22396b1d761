using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Crawls;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// What crawling one source produced, before anything is written: programmes to apply, ids seen (including
/// unchanged pages and known pages that failed, so they are not counted as missing), page-cache updates,
/// failures, and a fatal failure that blocks every write.
/// </summary>
public sealed class SourceHarvest
{
    public List<Programme> Programmes { get; } = [];
    public HashSet<string> SeenIds { get; } = new(StringComparer.Ordinal);
    public List<CachedPage> PageUpdates { get; } = [];
    public List<CrawlFailureRecord> Failures { get; } = [];
    public PageCounters Pages { get; } = new();
    /// <summary>German reason why the run must not change any programme; null when it may.</summary>
    public string? Fatal { get; private set; }

    public void Fail(string url, string kind, string reason) => Failures.Add(new CrawlFailureRecord(url, kind, reason));

    public void FailFatally(string url, string kind, string reason)
    {
        Fail(url, kind, reason);
        Fatal ??= reason;
    }
}
