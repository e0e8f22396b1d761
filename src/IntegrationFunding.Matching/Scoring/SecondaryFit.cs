using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Scoring;

/// <summary>Target-group overlap and deadline urgency, each 0–1.</summary>
internal static class SecondaryFit
{
    private const string Everyone = "alle";

    public static (double Score, List<string> Shared) TargetGroups(MunicipalityProfile profile, Programme programme)
    {
        if (profile.TargetGroups.Count == 0)
        {
            return (0, []);
        }

        var shared = profile.TargetGroups.Where(g => programme.TargetGroups.Contains(g, StringComparer.Ordinal)).ToList();
        var score = (double)shared.Count / profile.TargetGroups.Count;
        if (score < MatchWeights.EveryoneCredit && programme.TargetGroups.Contains(Everyone, StringComparer.Ordinal))
        {
            score = MatchWeights.EveryoneCredit;
        }

        return (score, shared);
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
