namespace IntegrationFunding.Crawler.Sources;

/// <summary>One crawler source as described by a YAML file in the crawler-config directory.</summary>
public sealed record SourceDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public bool Enabled { get; init; } = true;
    public required SourceDefaults Defaults { get; init; }
    public IReadOnlyList<Uri> StartUrls { get; init; } = [];
    /// <summary>Hosts the crawler may fetch from (lower case). Start URLs' hosts are always included.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
    public ListSelectors? List { get; init; }
    public DetailSelectors? Detail { get; init; }
    /// <summary>For <c>fdb-export</c> and <c>fdb-csv</c>: a local ZIP or CSV file instead of downloading the first start URL.</summary>
    public string? ExportPath { get; init; }
    public RateSettings Rate { get; init; } = new();
    /// <summary>After this many successful crawls without the programme it is marked removed.</summary>
    public int RemovalThreshold { get; init; } = 3;
    /// <summary>The file the definition came from (for messages).</summary>
    public string FilePath { get; init; } = "";
    /// <summary>A hash of the definition; a change re-extracts pages even when they are unchanged.</summary>
    public string Fingerprint { get; init; } = "";

    public bool IsHostAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.IdnHost.ToLowerInvariant();
        return AllowedHosts.Contains(host, StringComparer.Ordinal)
            || StartUrls.Any(s => string.Equals(s.IdnHost, host, StringComparison.OrdinalIgnoreCase));
    }
}
