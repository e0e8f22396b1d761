using Cronos;

namespace IntegrationFunding.Domain.Time;

/// <summary>
/// A recurring schedule as a standard five-field cron expression (minute hour day-of-month month day-of-week),
/// evaluated by Cronos in Europe/Berlin: "0 7 * * *" is 07:00 German time in winter and in summer. On the
/// switch to summer time a time that does not exist (02:30) runs at 03:00; on the switch back a time that exists
/// twice (02:30) runs once.
/// </summary>
public sealed class BerlinCronSchedule
{
    /// <summary>Task.Delay cannot wait longer than about 49 days at once; longer waits are taken in steps.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private readonly CronExpression _expression;

    private BerlinCronSchedule(string text, CronExpression expression)
    {
        Text = text;
        _expression = expression;
    }

    public string Text { get; }

    /// <summary>Parses <paramref name="expression"/>; throws <see cref="FormatException"/> with a German message when it is not valid.</summary>
    public static BerlinCronSchedule Parse(string expression) =>
        TryParse(expression, out var schedule) ? schedule
        : throw new FormatException(InvalidMessage(expression));

    public static bool TryParse(string? expression, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BerlinCronSchedule? schedule)
    {
        schedule = null;
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        try
        {
            var parsed = CronExpression.Parse(expression.Trim(), CronFormat.Standard);
            if (parsed.GetNextOccurrence(DateTimeOffset.UnixEpoch, BerlinCalendar.Zone) is null)
            {
                return false;
            }

            schedule = new BerlinCronSchedule(expression.Trim(), parsed);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    /// <summary>The German start-up error for an invalid expression.</summary>
    public static string InvalidMessage(string? expression) =>
        $"„{expression}“ ist kein gültiger Cron-Ausdruck. Erwartet werden fünf Felder „Minute Stunde Tag Monat Wochentag“ (Zeitzone Europe/Berlin), z. B. „0 7 * * 1“ für montags 07:00.";

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) =>
        _expression.GetNextOccurrence(after, BerlinCalendar.Zone)
        ?? throw new InvalidOperationException($"Der Zeitplan „{Text}“ hat keinen weiteren Termin.");

    /// <summary>Waits on <paramref name="time"/> until <paramref name="due"/> (in steps, so far-away dates work too).</summary>
    public static async Task DelayUntilAsync(DateTimeOffset due, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        for (var wait = due - time.GetUtcNow(); wait > TimeSpan.Zero; wait = due - time.GetUtcNow())
        {
            await Task.Delay(wait < LongestWait ? wait : LongestWait, time, cancellationToken);
        }
    }

    public override string ToString() => Text;
}
