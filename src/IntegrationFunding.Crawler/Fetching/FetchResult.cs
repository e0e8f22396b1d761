namespace IntegrationFunding.Crawler.Fetching;

/// <summary>The outcome of fetching one URL. <see cref="Body"/> is set only for <see cref="FetchStatus.Ok"/>.</summary>
public sealed record FetchResult
{
    public required FetchStatus Status { get; init; }
    public required Uri RequestedUrl { get; init; }
    /// <summary>The URL after redirects.</summary>
    public required Uri FinalUrl { get; init; }
    public int? HttpStatus { get; init; }
    public byte[]? Body { get; init; }
    public string? Text { get; init; }
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>SHA-256 of the body (hex).</summary>
    public string? ContentHash { get; init; }
    public string? FailureKind { get; init; }
    /// <summary>German, for the operator's report.</summary>
    public string? FailureReason { get; init; }
    public int Attempts { get; init; } = 1;

    public static FetchResult Fail(Uri url, string kind, string reason, int? httpStatus = null) => new()
    {
        Status = kind switch
        {
            FailureKinds.BotWall => FetchStatus.BotWall,
            FailureKinds.Robots or FailureKinds.HostNotAllowed or FailureKinds.Scheme => FetchStatus.Disallowed,
            _ => FetchStatus.Failed,
        },
        RequestedUrl = url,
        FinalUrl = url,
        HttpStatus = httpStatus,
        FailureKind = kind,
        FailureReason = reason,
    };
}
