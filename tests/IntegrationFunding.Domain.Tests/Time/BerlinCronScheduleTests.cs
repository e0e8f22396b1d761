using System.Globalization;
using IntegrationFunding.Domain.Time;

namespace IntegrationFunding.Domain.Tests.Time;

/// <summary>The cron schedules of digest and crawl, evaluated by Cronos in Europe/Berlin, walked through both DST switches of 2026.</summary>
public sealed class BerlinCronScheduleTests
{
    [Fact]
    public void Next_DigestDefaultThroughTheWeekOfTheSpringSwitch_IsSevenOClockBerlinEveryDay()
    {
        var schedule = BerlinCronSchedule.Parse("0 7 * * *");

        var runs = Walk(schedule, Utc("2026-03-23T00:00:00Z"), 8);

        Assert.Equal(
            [
                "2026-03-23T06:00Z", "2026-03-24T06:00Z", "2026-03-25T06:00Z", "2026-03-26T06:00Z", "2026-03-27T06:00Z",
                "2026-03-28T06:00Z", "2026-03-29T05:00Z", "2026-03-30T05:00Z", // 29 March: summer time, 07:00 = 05:00 UTC
            ],
            runs.Select(Format));
        Assert.All(runs, r => Assert.Equal(new TimeSpan(7, 0, 0), TimeZoneInfo.ConvertTime(r, BerlinCalendar.Zone).TimeOfDay));
    }

    [Fact]
    public void Next_NightlyTimeInsideTheSwitches_SkippedHourRunsAtThreeAndRepeatedHourRunsOnce()
    {
        var schedule = BerlinCronSchedule.Parse("30 2 * * *");

        var spring = Walk(schedule, Utc("2026-03-27T00:00:00Z"), 4);
        var autumn = Walk(schedule, Utc("2026-10-23T00:00:00Z"), 4);

        // 29 March 02:30 does not exist: Cronos runs at 03:00 summer time (01:00 UTC).
        Assert.Equal(["2026-03-27T01:30Z", "2026-03-28T01:30Z", "2026-03-29T01:00Z", "2026-03-30T00:30Z"], spring.Select(Format));
        // 25 October 02:30 exists twice (summer, then winter time): one run, at the first.
        Assert.Equal(["2026-10-23T00:30Z", "2026-10-24T00:30Z", "2026-10-25T00:30Z", "2026-10-26T01:30Z"], autumn.Select(Format));
    }

    [Fact]
    public void Next_WeeklyMondayAcrossTheAutumnSwitch_KeepsSevenOClockBerlin()
    {
        var schedule = BerlinCronSchedule.Parse("0 7 * * 1");

        var runs = Walk(schedule, Utc("2026-10-18T12:00:00Z"), 2);

        Assert.Equal(["2026-10-19T05:00Z", "2026-10-26T06:00Z"], runs.Select(Format));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0 7 * *")]
    [InlineData("61 7 * * *")]
    [InlineData("0 0 30 2 *")] // 30 February never comes
    [InlineData("montags um sieben")]
    public void TryParse_InvalidExpression_IsRefusedWithGermanMessage(string expression)
    {
        Assert.False(BerlinCronSchedule.TryParse(expression, out _));
        var error = Assert.Throws<FormatException>(() => BerlinCronSchedule.Parse(expression));
        Assert.Contains("kein gültiger Cron-Ausdruck", error.Message, StringComparison.Ordinal);
    }

    private static List<DateTimeOffset> Walk(BerlinCronSchedule schedule, DateTimeOffset from, int count)
    {
        var runs = new List<DateTimeOffset>();
        for (var at = from; runs.Count < count;)
        {
            at = schedule.Next(at);
            runs.Add(at);
        }

        return runs;
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
