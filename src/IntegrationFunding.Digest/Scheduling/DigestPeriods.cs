using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Scheduling;

/// <summary>Which period a digest belongs to (when runs happen is the cron <c>Digest__Schedule</c>, see BerlinCronSchedule).</summary>
public static class DigestPeriods
{
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
