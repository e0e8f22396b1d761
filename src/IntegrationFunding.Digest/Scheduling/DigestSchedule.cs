using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Scheduling;

/// <summary>Pure calendar rules: when the next scheduled run is, and which period a digest belongs to.</summary>
public static class DigestSchedule
{
    /// <summary>The next instant after <paramref name="now"/> at which it is <paramref name="sendTime"/> in Berlin (every day).</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeSpan sendTime)
    {
        var local = TimeZoneInfo.ConvertTime(now, BerlinCalendar.Zone);
        for (var day = 0; day <= 2; day++)
        {
            var wall = local.Date.AddDays(day) + sendTime;
            var candidate = new DateTimeOffset(wall, BerlinCalendar.Zone.GetUtcOffset(wall));
            if (candidate > now)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Kein nächster Versandzeitpunkt gefunden.");
    }

    /// <summary>First day of the period <paramref name="today"/> falls in: the day itself (daily) or the last weekly day (weekly).</summary>
    public static DateOnly PeriodStart(string frequency, DateOnly today, DayOfWeek weeklyDay) =>
        frequency == SubscriptionFrequencies.Daily ? today : today.AddDays(-(((int)today.DayOfWeek - (int)weeklyDay + 7) % 7));

    /// <summary>The idempotency key of a subscription's digest for the period of <paramref name="today"/>.</summary>
    public static string PeriodKey(StoredSubscription subscription, DateOnly today, DayOfWeek weeklyDay)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var start = PeriodStart(subscription.Frequency, today, weeklyDay);
        return $"{subscription.Id}:{subscription.Frequency}:{start:yyyy-MM-dd}";
    }
}
