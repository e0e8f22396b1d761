using System.ComponentModel.DataAnnotations;

namespace IntegrationFunding.Api.Observability;

/// <summary>Readiness settings, bound from the <c>Health</c> section.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>
    /// Oldest last successful crawl per enabled source before <c>/healthz/ready</c> reports <c>Degraded</c>
    /// (<c>Health__MaxCrawlAge</c>). Default 2 days (one missed nightly crawl is tolerated).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan MaxCrawlAge { get; set; } = TimeSpan.FromDays(2);
}
