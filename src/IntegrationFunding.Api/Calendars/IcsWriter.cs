using System.Globalization;
using System.Text;

namespace IntegrationFunding.Api.Calendars;

/// <summary>
/// Writes RFC 5545 calendars by hand: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 sequence),
/// TEXT values escaped (\\ ; , and newlines), all-day events as <c>DTSTART;VALUE=DATE</c>. DATE values are
/// floating by definition (a deadline is a calendar day, wherever the reader is), so no VTIMEZONE is needed.
/// UIDs are stable per programme and date, so a subscribed calendar updates instead of duplicating.
/// </summary>
public static class IcsWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const int MaxOctets = 75;

    public static string Write(string calendarName, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//IntegrationFunding//Foerder-Navigator Integration//DE");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape(calendarName));
        var dtstamp = stamp.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events.DistinctBy(e => (e.ProgrammeId, e.Date)).OrderBy(e => e.Date).ThenBy(e => e.ProgrammeId, StringComparer.Ordinal))
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + Uid(e.ProgrammeId, e.Date));
            Line(ics, "DTSTAMP:" + dtstamp);
            Line(ics, "DTSTART;VALUE=DATE:" + Date(e.Date));
            Line(ics, "DTEND;VALUE=DATE:" + Date(e.Date.AddDays(1)));
            Line(ics, "SUMMARY:" + Escape("Frist: " + e.ProgrammeName));
            Line(ics, "URL:" + (IsHttp(e.OfficialUrl) ? e.OfficialUrl : e.DetailUrl));
            var description = $"Antragsfrist für „{e.ProgrammeName}“.\nDetails: {e.DetailUrl}" + (IsHttp(e.OfficialUrl) ? $"\nOffizielle Seite: {e.OfficialUrl}" : string.Empty);
            Line(ics, "DESCRIPTION:" + Escape(description));
            Line(ics, "TRANSP:TRANSPARENT");
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>The stable UID of a programme's deadline on a date.</summary>
    public static string Uid(string programmeId, DateOnly date) => $"{programmeId}-{Date(date)}@integrationfunding";

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .ReplaceLineEndings("\\n");
    }

    /// <summary>Appends a content line folded at 75 octets (continuations start with one space) and CRLF.</summary>
    internal static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            ics.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        ics.Append("\r\n");
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
