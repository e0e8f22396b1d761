using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace IntegrationFunding.Api.Calendars;

/// <summary>
/// Deadline calendars (RFC 5545) built and serialised by Ical.Net, which escapes TEXT values and folds lines.
/// Each deadline is an all-day event (<c>DTSTART;VALUE=DATE</c>, floating: a deadline is a calendar day wherever
/// the reader is, so no VTIMEZONE). UIDs are stable per programme and date, so a subscribed calendar updates
/// instead of duplicating.
/// </summary>
public static class DeadlineCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(string calendarName, IEnumerable<DeadlineEvent> events, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calendar = new Calendar
        {
            ProductId = "-//IntegrationFunding//Foerder-Navigator Integration//DE",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var dtstamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId);
        foreach (var e in events.DistinctBy(e => (e.ProgrammeId, e.Date)).OrderBy(e => e.Date).ThenBy(e => e.ProgrammeId, StringComparer.Ordinal))
        {
            var url = IsHttp(e.OfficialUrl) ? e.OfficialUrl! : e.DetailUrl;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(e.ProgrammeId, e.Date),
                DtStamp = dtstamp,
                DtStart = new CalDateTime(e.Date),
                DtEnd = new CalDateTime(e.Date.AddDays(1)),
                Summary = "Frist: " + e.ProgrammeName,
                Url = new Uri(url),
                Description = $"Antragsfrist für „{e.ProgrammeName}“.\nDetails: {e.DetailUrl}" + (IsHttp(e.OfficialUrl) ? $"\nOffizielle Seite: {e.OfficialUrl}" : string.Empty),
                Transparency = TransparencyType.Transparent,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The stable UID of a programme's deadline on a date.</summary>
    public static string Uid(string programmeId, DateOnly date) =>
        $"{programmeId}-{date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}@integrationfunding";

    private static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
