using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Rules;

namespace IntegrationFunding.Matching.Scoring;

/// <summary>The ranking score of one judged programme (rounded to 4 places, as listed and sorted).</summary>
internal static class MatchScore
{
    public static double Of(
        MunicipalityProfile profile, Programme programme, DateOnly today, string status, DateOnly? next,
        double goalScore, double groupScore, Judged judged)
    {
        var (eligibility, role) = (judged.Eligibility, judged.Role);
        var score = (MatchWeights.Goals * goalScore)
            + (MatchWeights.TargetGroups * groupScore)
            + (MatchWeights.Urgency * SecondaryFit.Urgency(profile, programme, today, status, next));
        if (QuickReject.Has(programme.States, profile.State))
        {
            score += MatchWeights.OwnLand;
        }

        if (profile.BudgetConsolidation == true && (programme.OwnShareMinPercent == 0 || programme.FundingRateMaxPercent == 100))
        {
            score += MatchWeights.NoOwnShareUnderConsolidation;
        }

        if (ProjectSizeRule.IsLarge(profile, programme))
        {
            score *= MatchWeights.LargeProjectFactor;
        }

        score *= eligibility switch
        {
            Eligibility.Eligible => 1,
            Eligibility.Unknown => MatchWeights.UnknownFactor,
            _ => MatchWeights.IneligibleFactor,
        };
        if (judged.MayApply == Eligibility.Unknown)
        {
            score *= MatchWeights.MayApplyUnknownFactor;
        }

        return Math.Round(role == MatchRoles.Partner ? score * MatchWeights.PartnerFactor : score, 4);
    }
}
