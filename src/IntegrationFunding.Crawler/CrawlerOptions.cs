using System.ComponentModel.DataAnnotations;
using IntegrationFunding.Domain.Time;

namespace IntegrationFunding.Crawler;

/// <summary>Crawler settings, bound from the <c>Crawler</c> configuration section and validated at start-up.</summary>
public sealed class CrawlerOptions
{
    public const string SectionName = "Crawler";

    /// <summary>Directory with one YAML file per source. Default: <c>crawler-config/</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConfigDirectory { get; set; } = "crawler-config/";

    /// <summary>Identifying User-Agent; must contain a contact URL.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression(@".*\+https?://\S+.*", ErrorMessage = "Der User-Agent muss eine Kontakt-URL (+https://…) enthalten.")]
    public string UserAgent { get; set; } = "IntegrationFundingBot/1.0 (+https://github.com/integrationfunding/integrationfunding/blob/main/crawler-config/README.md)";

    /// <summary>Timeout of one HTTP attempt (headers and body). Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure (HttpRequestException, 408, 429, 5xx). Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base delay of the exponential backoff (with jitter). Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After the crawler waits; longer requests are capped to this. Default 2 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Circuit breaker per host (scheme, host, port): failure ratio that opens the circuit. Default 0.5.</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Circuit breaker: requests in the sampling window before it may open. Default 8.</summary>
    [Range(2, 1000)]
    public int CircuitMinimumThroughput { get; set; } = 8;

    /// <summary>Circuit breaker: the window over which the failure ratio is measured. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Circuit breaker: how long a host stays blocked. Default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest HTML page read; reading stops past it. Default 5 MB.</summary>
    [Range(1024, 1L << 30)]
    public long MaxPageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest export ZIP read. Default 256 MB.</summary>
    [Range(1024, 4L << 30)]
    public long MaxExportBytes { get; set; } = 256 * 1024 * 1024;

    /// <summary>Elements parsed per page at most; a page with more fails (kind <c>parse</c>). Default 100,000.</summary>
    [Range(100, 10_000_000)]
    public int MaxElementsPerPage { get; set; } = 100_000;

    /// <summary>Longest time parsing one page may take (deep nesting); past it the page fails (kind <c>parse</c>). Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan MaxParseTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Redirects followed per request (each checked against the allowed hosts). Default 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Pages fetched per source and run at most. Default 2000.</summary>
    [Range(1, 100_000)]
    public int MaxPagesPerSource { get; set; } = 2000;

    /// <summary>Honour per-host rates and robots.txt Crawl-delay. Switch off only for tests and benchmarks on loopback.</summary>
    public bool Politeness { get; set; } = true;

    /// <summary>Longest robots.txt Crawl-delay honoured (longer ones are capped and reported). Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Run crawls periodically in the web host. Off by default.</summary>
    public bool ScheduleEnabled { get; set; }

    /// <summary>
    /// When scheduled crawls start: a five-field cron expression in Europe/Berlin (<c>Crawler__Schedule</c>).
    /// Default <c>0 3 * * *</c>, every night at 03:00 German time.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [CronSchedule]
    public string Schedule { get; set; } = "0 3 * * *";
}
