namespace IntegrationFunding.Crawler.Sources;

/// <summary>Politeness per host of a source: at most this many requests per second, at least this delay.</summary>
public sealed record RateSettings
{
    public double RequestsPerSecond { get; init; } = 0.5;
    public TimeSpan MinDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The delay between two requests to the same host this setting asks for.</summary>
    public TimeSpan EffectiveDelay =>
        RequestsPerSecond > 0 && TimeSpan.FromSeconds(1 / RequestsPerSecond) > MinDelay
            ? TimeSpan.FromSeconds(1 / RequestsPerSecond)
            : MinDelay;
}
