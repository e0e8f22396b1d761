using IntegrationFunding.Matching.Ranking;
using IntegrationFunding.Matching.Rules;
using IntegrationFunding.Matching.Scoring;

namespace IntegrationFunding.Matching;

/// <summary>
/// Explainable matching of one municipality profile against programmes (pure: no I/O, no clock). Hard rules
/// (region, applicant, own share, time) give a tri-state eligibility with one German reason each; the ranking
/// weighs goal fit by priority, target-group overlap and deadline urgency; unknowns rank lower but stay visible.
/// Programmes that fit none of the profile's goals are left out. Ranking comes first and writes no text;
/// explanations are written only for the programmes a caller takes (<see cref="MatchRanking.Explain"/>).
/// </summary>
public static partial class ProfileMatcher
{
    /// <summary>All listed matches, best first, each explained.</summary>
    public static IReadOnlyList<ProgrammeMatch> Match(MatchRequest request)
    {
        var ranking = Rank(request);
        return ranking.Explain(0, ranking.Count);
    }

    /// <summary>Judges and scores every programme without writing explanations; page and explain with the result.</summary>
    public static MatchRanking Rank(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = request.Profile;
        var facts = SnapshotFacts.Of(request.Programmes);
        var day = facts.On(request.Today);
        var goals = new GoalFit(profile.Goals, request.GoalRelevance);
        var ranked = new List<RankedPosition>();
        goals.PrepareScan(facts);
        try
        {
            for (var i = 0; i < facts.Programmes.Count; i++)
            {
                var programme = facts.Programmes[i];
                var goalScore = goals.Score(programme, i, out var anyGoal);
                if (profile.Goals.Count > 0 && !anyGoal)
                {
                    continue;
                }

                var (status, next) = (day.Status[i], day.Next[i]);
                if (!request.IncludeIneligible && QuickReject.IsCertainlyIneligible(profile, programme, status, request.IncludePartnerRoles))
                {
                    continue;
                }

                var judged = Verdict.Of(profile, programme, request.Today, status, next, facts.WeakBudgetNote[i], request.IncludePartnerRoles);
                var eligibility = judged.Eligibility;
                if (eligibility == Eligibility.Ineligible && !request.IncludeIneligible)
                {
                    continue;
                }

                var groupScore = SecondaryFit.TargetGroupScore(profile, programme);
                var score = MatchScore.Of(profile, programme, request.Today, status, next, goalScore, groupScore, judged);
                ranked.Add(new RankedPosition(i, score, eligibility, judged.Missing));
            }
        }
        finally
        {
            goals.ReleaseScanArrays();
        }

        return new MatchRanking(request, facts, day, goals, ranked);
    }
}
