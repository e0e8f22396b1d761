using System.Text;
using IntegrationFunding.Api.Calendars;

namespace IntegrationFunding.Api.Tests.Calendars;

public sealed class IcsWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static CalendarEvent Event(string name, DateOnly date) =>
        new("land-ni-integrationslotsen", name, date, "https://www.example.org/foerderung", "http://127.0.0.1/api/v1/programmes/land-ni-integrationslotsen");

    [Fact]
    public void Write_LongGermanName_FoldsLinesAt75OctetsWithoutSplittingCharacters()
    {
        var name = string.Concat(Enumerable.Repeat("Förderung für Integrationslotsinnen und -lotsen in Niedersachsen ", 3));

        var ics = IcsWriter.Write("Fristen", [Event(name, new DateOnly(2027, 3, 31))], Stamp);

        var lines = ics.Split("\r\n");
        Assert.Equal(string.Empty, lines[^1]);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Frist: " + IcsWriter.Escape(name), unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_SpecialCharacters_FollowsRfc5545()
    {
        Assert.Equal("a\\, b\\; c\\\\ d\\ne", IcsWriter.Escape("a, b; c\\ d\ne"));
        Assert.Equal("x\\ny", IcsWriter.Escape("x\r\ny"));
    }

    [Fact]
    public void Write_SameProgrammeAndDate_KeepsUidStableAcrossRunsAndDistinctPerDate()
    {
        var first = IcsWriter.Write("A", [Event("Lotsen", new DateOnly(2027, 3, 31)), Event("Lotsen", new DateOnly(2027, 9, 30))], Stamp);
        var later = IcsWriter.Write("A", [Event("Lotsen (neu benannt)", new DateOnly(2027, 3, 31))], Stamp.AddDays(7));

        static List<string> Uids(string ics) => ics.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, Uids(first).Distinct().Count());
        Assert.Equal(Uids(first)[0], Uids(later)[0]);
        Assert.Equal("land-ni-integrationslotsen-20270331@integrationfunding", Uids(later)[0][4..]);
    }

    [Fact]
    public void Write_Event_HasAllDayDatesStampProdIdAndLinks()
    {
        var ics = IcsWriter.Write("Fristen", [Event("Lotsen", new DateOnly(2027, 3, 31))], Stamp);
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20270331\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTEND;VALUE=DATE:20270401\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20261121T090000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nURL:https://www.example.org/foerderung\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("Details: http://127.0.0.1/api/v1/programmes/land-ni-integrationslotsen", unfolded, StringComparison.Ordinal);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics, StringComparison.Ordinal);
    }
}
