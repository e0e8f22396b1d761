using Microsoft.Extensions.Time.Testing;

namespace IntegrationFunding.TestKit;

/// <summary>
/// The clock for test hosts and harnesses whose components wait on timers (the crawler above all): "now" is the
/// test's <see cref="FakeTimeProvider"/> (fetch stamps, the circuit breaker's break duration, digest due times),
/// timers are the system's, so Polly's per-attempt timeouts and retry delays and the index refresher's period
/// elapse on their own. A bare FakeTimeProvider fires timers only on <see cref="FakeTimeProvider.Advance"/>,
/// which would stall every retried or timed-out fetch.
/// </summary>
public sealed class FakeNowRealTimers(FakeTimeProvider clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;
}
