using IntegrationFunding.Digest.Scheduling;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Tests.Scheduling;

public sealed class DigestPeriodsTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2026-11-29", "2026-11-23")]
    [InlineData("2026-11-30", "2026-11-30")]
    public void PeriodKey_Weekly_IsKeyedByTheMondayOfTheWeek(string today, string monday)
    {
        var subscription = new StoredSubscription("s1", "a@b.de", null, "{}", "weekly", SubscriptionStates.Active, default, null, null, 0);

        var key = DigestPeriods.PeriodKey(subscription, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday);

        Assert.Equal($"s1:weekly:{monday}", key);
    }
}
