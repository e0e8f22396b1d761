using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// Per-host politeness with System.Threading.RateLimiting: a token bucket of one token refilled once per
/// delay, so requests to a host are spaced by at least that delay (queued in order).
/// </summary>
public sealed class HostRateLimiters : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RateLimiter> _limiters = new(StringComparer.Ordinal);

    public async Task WaitAsync(Uri url, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        var limiter = _limiters.GetOrAdd(url.IdnHost.ToLowerInvariant(), _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = delay,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException($"Rate limiter for {url.Host} refused a request.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var limiter in _limiters.Values)
        {
            await limiter.DisposeAsync();
        }
    }
}
