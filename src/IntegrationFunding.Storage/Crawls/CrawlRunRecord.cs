namespace IntegrationFunding.Storage.Crawls;

/// <summary>One recorded crawl run of a source, with page and programme counts and its failures.</summary>
public sealed record CrawlRunRecord
{
    public long Id { get; init; }
    public required string SourceId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public required string Status { get; init; }
    public int PagesFetched { get; init; }
    public int PagesNew { get; init; }
    public int PagesChanged { get; init; }
    public int PagesUnchanged { get; init; }
    public int PagesFailed { get; init; }
    public int ProgrammesNew { get; init; }
    public int ProgrammesChanged { get; init; }
    public int ProgrammesUnchanged { get; init; }
    public int ProgrammesRemoved { get; init; }
    public string? Message { get; init; }
    public IReadOnlyList<CrawlFailureRecord> Failures { get; init; } = [];
}

/// <summary>One failed URL of a run: what kind of failure (http, timeout, bot-wall, robots, …) and why.</summary>
public sealed record CrawlFailureRecord(string Url, string Kind, string Reason);
