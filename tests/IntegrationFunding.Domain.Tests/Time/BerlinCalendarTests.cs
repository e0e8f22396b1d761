using IntegrationFunding.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationFunding.Domain.Tests.Time;

public sealed class BerlinCalendarTests
{
    [Theory]
    [InlineData("2026-11-21T22:59:00Z", "2026-11-21")] // 23:59 MEZ
    [InlineData("2026-11-21T23:00:00Z", "2026-11-22")] // midnight MEZ
    [InlineData("2026-07-01T21:59:00Z", "2026-07-01")] // 23:59 MESZ
    [InlineData("2026-07-01T22:00:00Z", "2026-07-02")] // midnight MESZ
    public void Today_IsJudgedInBerlinTime(string utc, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BerlinCalendar.Today(time));
    }
}
