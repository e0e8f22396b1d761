using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>The filter half of a query: decides per indexed programme whether it passes.</summary>
internal static class ProgrammeFilter
{
    public static bool Matches(IndexedProgramme entry, ProgrammeQuery query)
    {
        var p = entry.Programme;
        return AnyOf(query.Topics, p.Topics)
            && AnyOf(query.Applicants, p.Applicants)
            && AnyOf(query.TargetGroups, p.TargetGroups)
            && (query.Levels.Count == 0 || query.Levels.Contains(p.Level))
            && (query.DeadlineTypes.Count == 0 || query.DeadlineTypes.Contains(p.DeadlineType))
            && InStates(query.States, p)
            && (query.Statuses.Count == 0 || query.Statuses.Contains(entry.Status))
            && (query.MaxOwnShare is null || p.OwnShareMinPercent is null || p.OwnShareMinPercent <= query.MaxOwnShare)
            && DeadlineWindow(query, p)
            && (query.OpenOn is not { } day || IsOpenOn(p, day));
    }

    /// <summary>Nationwide programmes count for every Land.</summary>
    public static bool InStates(IReadOnlyList<string> wanted, Programme programme) =>
        wanted.Count == 0 || programme.States.Count == 0 || programme.States.Any(wanted.Contains);

    private static bool AnyOf(IReadOnlyList<string> wanted, IReadOnlyList<string> actual) =>
        wanted.Count == 0 || actual.Any(wanted.Contains);

    private static bool DeadlineWindow(ProgrammeQuery query, Programme programme)
    {
        if (query.DeadlineFrom is null && query.DeadlineTo is null)
        {
            return true;
        }

        return programme.Deadlines.Any(d => (query.DeadlineFrom is null || d >= query.DeadlineFrom) && (query.DeadlineTo is null || d <= query.DeadlineTo));
    }

    private static bool IsOpenOn(Programme programme, DateOnly day)
    {
        var status = ProgrammeTimeline.Status(programme, day);
        return status == ProgrammeStatus.Open
            || (status == ProgrammeStatus.Unknown && programme.DeadlineType == Domain.Programmes.DeadlineTypes.Rolling);
    }
}
