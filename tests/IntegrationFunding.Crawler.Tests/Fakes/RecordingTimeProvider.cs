using System.Collections.Concurrent;

namespace IntegrationFunding.Crawler.Tests.Fakes;

/// <summary>
/// A fixed clock that records the due time of every timer and fires it at once, so a pipeline's waits are
/// observed exactly without waiting. Timers due after exactly <paramref name="realTimer"/> (the per-attempt
/// timeout) run normally and are not recorded.
/// </summary>
internal sealed class RecordingTimeProvider(DateTimeOffset now, TimeSpan realTimer) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == realTimer || dueTime == Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        _waits.Enqueue(dueTime);
        return base.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
