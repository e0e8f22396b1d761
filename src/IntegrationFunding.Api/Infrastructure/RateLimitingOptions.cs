using System.ComponentModel.DataAnnotations;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Fair-use limits, bound from the <c>RateLimiting</c> section (e.g. <c>RateLimiting__PermitsPerAddress</c>).
/// Each client address and, in addition, each API key gets its own fixed window. The defaults are production values
/// (60 requests/s per address, 30 per key); load tests and benchmarks set their own (bench/ switches it off).
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Switch the limiter off entirely. Default true (on).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The length of one window. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests per window from one client address (all requests). Default 600.</summary>
    [Range(1, int.MaxValue)]
    public int PermitsPerAddress { get; set; } = 600;

    /// <summary>Requests per window with one API key (requests that send <c>X-Api-Key</c>). Default 300.</summary>
    [Range(1, int.MaxValue)]
    public int PermitsPerKey { get; set; } = 300;
}
