using IntegrationFunding.Digest.Scheduling;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Tests.Scheduling;

public sealed class DigestScheduleTests
{
    [Theory]
    [InlineData("2026-11-23T05:59:00Z", "2026-11-23T06:00:00Z")] // winter: 07:00 Berlin = 06:00 UTC
    [InlineData("2026-11-23T06:00:00Z", "2026-11-24T06:00:00Z")]
    [InlineData("2026-06-01T04:00:00Z", "2026-06-01T05:00:00Z")] // summer: 07:00 Berlin = 05:00 UTC
    [InlineData("2026-03-28T12:00:00Z", "2026-03-29T05:00:00Z")] // across the switch to summer time
    public void NextRun_SevenOClockBerlin_ReturnsNextLocalSevenInUtc(string now, string expected)
    {
        var next = DigestSchedule.NextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new TimeSpan(7, 0, 0));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2026-11-29", "2026-11-23")]
    [InlineData("2026-11-30", "2026-11-30")]
    public void PeriodKey_Weekly_IsKeyedByTheMondayOfTheWeek(string today, string monday)
    {
        var subscription = new StoredSubscription("s1", "a@b.de", null, "{}", "weekly", SubscriptionStates.Active, default, null, null, 0);

        var key = DigestSchedule.PeriodKey(subscription, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday);

        Assert.Equal($"s1:weekly:{monday}", key);
    }
}
