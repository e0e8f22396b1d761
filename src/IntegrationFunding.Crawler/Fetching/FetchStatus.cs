namespace IntegrationFunding.Crawler.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FetchStatus
{
    /// <summary>Content received (2xx).</summary>
    Ok,
    /// <summary>304: the cached version is still current.</summary>
    NotModified,
    /// <summary>The page could not be fetched (network, timeout, HTTP error, too large, …).</summary>
    Failed,
    /// <summary>A bot wall / captcha page came back instead of the content.</summary>
    BotWall,
    /// <summary>Not fetched: robots.txt, host or scheme not allowed.</summary>
    Disallowed,
}
