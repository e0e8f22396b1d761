namespace IntegrationFunding.Domain.Programmes;

/// <summary>Judges a programme's status and next deadline against a given day (never the system clock).</summary>
/// <remarks>
/// A periodic programme's stored deadlines of its last cycle (the year up to the latest one) are its rule: their day
/// and month recur every year. The next deadline is
/// therefore rolled forward against the day it is read on, so a periodic deadline stays right after its stored
/// occurrence has passed (a page answering 304 is not re-extracted and keeps the date of its last crawl).
/// </remarks>
public static class ProgrammeTimeline
{
    public static DateOnly? NextDeadline(Programme programme, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(programme);
        DateOnly? next = null;
        var periodic = programme.DeadlineType == DeadlineTypes.Periodic;
        // Older entries are history (a cycle may have moved its day); the rule is the last cycle: the deadlines of the year up to the latest one.
        var cycleStart = periodic && programme.Deadlines.Count > 0 ? programme.Deadlines.Max().AddYears(-1) : DateOnly.MinValue;
        foreach (var deadline in programme.Deadlines)
        {
            if (periodic && deadline <= cycleStart)
            {
                continue;
            }

            var candidate = periodic ? NextOccurrence(deadline, today) : deadline;
            var afterEnd = periodic && candidate > programme.ProgrammeEnd;
            if (candidate >= today && !afterEnd && (next is null || candidate < next))
            {
                next = candidate;
            }
        }

        return next;
    }

    /// <summary>The first yearly recurrence of <paramref name="deadline"/>'s day and month on or after <paramref name="today"/> (29 February falls on 28 February in other years).</summary>
    public static DateOnly NextOccurrence(DateOnly deadline, DateOnly today)
    {
        if (deadline >= today)
        {
            return deadline;
        }

        var years = today.Year - deadline.Year;
        var candidate = deadline.AddYears(years);
        return candidate >= today ? candidate : deadline.AddYears(years + 1);
    }

    public static string Status(Programme programme, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (programme.Lifecycle == ProgrammeLifecycle.Ended
            || programme.DeadlineType == DeadlineTypes.Closed
            || programme.ProgrammeEnd < today)
        {
            return ProgrammeStatus.Closed;
        }

        if (programme.ProgrammeStart > today)
        {
            return ProgrammeStatus.Upcoming;
        }

        var next = NextDeadline(programme, today);
        return programme.DeadlineType switch
        {
            DeadlineTypes.Rolling => programme.Lifecycle == ProgrammeLifecycle.Active ? ProgrammeStatus.Open : ProgrammeStatus.Unknown,
            DeadlineTypes.Fixed => next is null ? ProgrammeStatus.Closed : ProgrammeStatus.Open,
            DeadlineTypes.Periodic => next is null ? ProgrammeStatus.Unknown : ProgrammeStatus.Open,
            _ => next is null ? ProgrammeStatus.Unknown : ProgrammeStatus.Open,
        };
    }
}
