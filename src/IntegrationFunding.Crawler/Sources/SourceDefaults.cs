namespace IntegrationFunding.Crawler.Sources;

/// <summary>Facts that hold for every programme of a source unless a page says otherwise.</summary>
public sealed record SourceDefaults
{
    /// <summary>Id of the <c>level</c> vocabulary (eu, bund, land, kommune, stiftung, sonstige).</summary>
    public required string Level { get; init; }
    public string? Funder { get; init; }
    /// <summary>ISO 3166-2 codes; empty = nationwide.</summary>
    public IReadOnlyList<string> States { get; init; } = [];
    public string? FundingType { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
}
