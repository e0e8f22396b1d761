using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Scoring;

/// <summary>Target-group overlap and deadline urgency, each 0–1.</summary>
internal static class SecondaryFit
{
    private const string Everyone = "alle";

    /// <summary>The target-group score alone (no allocation).</summary>
    public static double TargetGroupScore(MunicipalityProfile profile, Programme programme)
    {
        if (profile.TargetGroups.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var group in profile.TargetGroups)
        {
            if (QuickReject.Has(programme.TargetGroups, group))
            {
                shared++;
            }
        }

        return Credit(programme, shared, profile.TargetGroups.Count);
    }

    public static (double Score, List<string> Shared) TargetGroups(MunicipalityProfile profile, Programme programme)
    {
        if (profile.TargetGroups.Count == 0)
        {
            return (0, []);
        }

        var shared = profile.TargetGroups.Where(g => programme.TargetGroups.Contains(g, StringComparer.Ordinal)).ToList();
        return (Credit(programme, shared.Count, profile.TargetGroups.Count), shared);
    }

    private static double Credit(Programme programme, int shared, int wanted)
    {
        var score = (double)shared / wanted;
        return score < MatchWeights.EveryoneCredit && QuickReject.Has(programme.TargetGroups, Everyone) ? MatchWeights.EveryoneCredit : score;
    }

    public static double Urgency(MunicipalityProfile profile, Programme programme, DateOnly today, string status, DateOnly? next)
    {
        if (next is { } deadline)
        {
            var horizonDays = Math.Max(30, today.AddMonths(Math.Max(1, profile.HorizonMonths)).DayNumber - today.DayNumber);
            return Math.Clamp(1 - ((double)(deadline.DayNumber - today.DayNumber) / horizonDays), 0, 1);
        }

        return programme.DeadlineType == DeadlineTypes.Rolling && status == ProgrammeStatus.Open ? 0.5 : 0;
    }
}
