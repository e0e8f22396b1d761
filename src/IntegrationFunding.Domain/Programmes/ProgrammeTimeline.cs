namespace IntegrationFunding.Domain.Programmes;

/// <summary>Judges a programme's status and next deadline against a given day (never the system clock).</summary>
public static class ProgrammeTimeline
{
    public static DateOnly? NextDeadline(Programme programme, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(programme);
        foreach (var deadline in programme.Deadlines)
        {
            if (deadline >= today)
            {
                return deadline;
            }
        }

        return null;
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
