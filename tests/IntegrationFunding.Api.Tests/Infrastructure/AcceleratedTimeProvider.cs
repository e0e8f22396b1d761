namespace IntegrationFunding.Api.Tests.Infrastructure;

/// <summary>
/// A test clock for schedulers: every timer set for a minute or more fires after a few real milliseconds and,
/// when it fires, moves the clock on by the time it was set for. A daily schedule thus ticks many times a second
/// with consistent dates; shorter timers (request timeouts, retry delays) run in real time.
/// </summary>
public sealed class AcceleratedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private static readonly TimeSpan RealDelay = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan ScheduleScale = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (dueTime < ScheduleScale)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        var step = period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan ? period : dueTime;
        return System.CreateTimer(
            s =>
            {
                Advance(step);
                callback(s);
            },
            state,
            dueTime == Timeout.InfiniteTimeSpan ? dueTime : RealDelay,
            period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? period : RealDelay);
    }

    private void Advance(TimeSpan by)
    {
        if (by <= TimeSpan.Zero || by == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            _now += by;
        }
    }
}
