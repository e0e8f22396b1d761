using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Storage.Crawls;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>The report of one source's crawl run, as recorded and as shown to operators.</summary>
public sealed record CrawlReport
{
    public required string SourceId { get; init; }
    public required string SourceName { get; init; }
    public required string Status { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public required PageCounters Pages { get; init; }
    public int ProgrammesNew { get; init; }
    public int ProgrammesChanged { get; init; }
    public int ProgrammesUnchanged { get; init; }
    public int ProgrammesRemoved { get; init; }
    public IReadOnlyList<CrawlFailureRecord> Failures { get; init; } = [];
    /// <summary>German one-line summary; for failed runs the reason.</summary>
    public string? Message { get; init; }
    public IReadOnlyList<ChangeEvent> ChangeEvents { get; init; } = [];

    public bool WroteProgrammes => ChangeEvents.Count > 0;

    public bool IsFailure => Status is CrawlStatuses.Failed or CrawlStatuses.Partial;
}
