using System.Text;
using IntegrationFunding.Api.Calendars;
using Ical.Net;

namespace IntegrationFunding.Api.Tests.Calendars;

/// <summary>The calendar as Ical.Net writes it, read back with Ical.Net's parser.</summary>
public sealed class DeadlineCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static DeadlineEvent Event(string name, DateOnly date) =>
        new("land-ni-integrationslotsen", name, date, "https://www.example.org/foerderung", "http://127.0.0.1/api/v1/programmes/land-ni-integrationslotsen");

    [Fact]
    public void Write_LongGermanNameWithSpecialCharacters_FoldsAt75OctetsAndReadsBackUnchanged()
    {
        var name = string.Concat(Enumerable.Repeat("Förderung für Lotsinnen; Lotsen, \\Niedersachsen\\ ", 3)) + "\nzweite Zeile";

        var ics = DeadlineCalendar.Write("Fristen", [Event(name, new DateOnly(2027, 3, 31))], Stamp);

        var lines = ics.Split("\r\n");
        Assert.Equal(string.Empty, lines[^1]);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("Lotsinnen\\; Lotsen\\, \\\\Niedersachsen\\\\", unfolded, StringComparison.Ordinal);
        var parsed = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.Equal("Frist: " + name, parsed.Summary);
    }

    [Fact]
    public void Write_SameProgrammeAndDate_KeepsUidStableAcrossRunsAndDistinctPerDate()
    {
        var first = DeadlineCalendar.Write("A", [Event("Lotsen", new DateOnly(2027, 3, 31)), Event("Lotsen", new DateOnly(2027, 9, 30))], Stamp);
        var later = DeadlineCalendar.Write("A", [Event("Lotsen (neu benannt)", new DateOnly(2027, 3, 31))], Stamp.AddDays(7));

        var firstUids = Calendar.Load(first)!.Events.Select(e => e.Uid).ToList();
        var laterUids = Calendar.Load(later)!.Events.Select(e => e.Uid).ToList();
        Assert.Equal(2, firstUids.Distinct().Count());
        Assert.Equal(firstUids[0], laterUids[0]);
        Assert.Equal("land-ni-integrationslotsen-20270331@integrationfunding", laterUids[0]);
    }

    [Fact]
    public void Write_Event_IsAllDayWithStampProdIdAndLinks()
    {
        var ics = DeadlineCalendar.Write("Fristen", [Event("Lotsen", new DateOnly(2027, 3, 31))], Stamp);

        var calendar = Calendar.Load(ics)!;
        var e = Assert.Single(calendar.Events);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20270331\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTEND;VALUE=DATE:20270401\r\n", ics, StringComparison.Ordinal);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("-//IntegrationFunding//Foerder-Navigator Integration//DE", calendar.ProductId);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("Fristen", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.True(e.IsAllDay);
        Assert.Equal(new DateOnly(2027, 3, 31), e.DtStart!.Date);
        Assert.Equal(new DateOnly(2027, 4, 1), e.DtEnd!.Date);
        Assert.Equal(Stamp.UtcDateTime, e.DtStamp!.AsUtc);
        Assert.Equal(new Uri("https://www.example.org/foerderung"), e.Url);
        Assert.Contains("Details: http://127.0.0.1/api/v1/programmes/land-ni-integrationslotsen", e.Description, StringComparison.Ordinal);
        Assert.Equal("TRANSPARENT", e.Transparency);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics, StringComparison.Ordinal);
    }
}
