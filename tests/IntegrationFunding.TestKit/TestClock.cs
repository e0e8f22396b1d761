using Microsoft.Extensions.Time.Testing;

namespace IntegrationFunding.TestKit;

/// <summary>
/// The tests' clock: a <see cref="FakeTimeProvider"/> starting at a fixed Saturday morning in November 2026
/// (FakeTimeProvider's own default start, 2000-01-01, would put every fixture deadline in the future). Its local
/// time zone is UTC, it does not advance on reads, and its timers fire only when a test calls
/// <see cref="FakeTimeProvider.Advance"/>.
/// </summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
