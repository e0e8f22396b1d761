namespace IntegrationFunding.Crawler.Fetching;

/// <summary>Machine-readable kinds of fetch and crawl failures (stored with each failure).</summary>
public static class FailureKinds
{
    public const string Http = "http";
    public const string Timeout = "timeout";
    public const string Network = "network";
    public const string Compression = "compression";
    public const string TooLarge = "too-large";
    public const string Redirect = "redirect";
    public const string HostNotAllowed = "host-not-allowed";
    public const string Scheme = "scheme";
    public const string Robots = "robots";
    public const string BotWall = "bot-wall";
    public const string CircuitOpen = "circuit-open";
    public const string Selectors = "selectors";
    public const string Parse = "parse";
    public const string Empty = "empty";
    public const string Internal = "internal";
}
