using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Matching.Rules;
using IntegrationFunding.Matching.Scoring;

namespace IntegrationFunding.Matching;

/// <summary>
/// Explainable matching of one municipality profile against programmes (pure: no I/O, no clock). Hard rules
/// (region, applicant, own share, time) give a tri-state eligibility with one German reason each; the ranking
/// weighs goal fit by priority, target-group overlap and deadline urgency; unknowns rank lower but stay visible.
/// Programmes that fit none of the profile's goals are left out.
/// </summary>
public static class ProfileMatcher
{
    public static IReadOnlyList<ProgrammeMatch> Match(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = request.Profile;
        var goals = new GoalFit(profile.Goals, request.GoalRelevance);
        var matches = new List<ProgrammeMatch>();
        foreach (var programme in request.Programmes)
        {
            var (goalScore, matchedGoals) = goals.Evaluate(programme);
            if (profile.Goals.Count > 0 && matchedGoals.Count == 0)
            {
                continue;
            }

            var status = ProgrammeTimeline.Status(programme, request.Today);
            if (!request.IncludeIneligible && QuickReject.IsCertainlyIneligible(profile, programme, status, request.IncludePartnerRoles))
            {
                continue;
            }

            var match = Judge(request, programme, status, goalScore, matchedGoals);
            if (match is not null)
            {
                matches.Add(match);
            }
        }

        matches.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.Programme.Id, b.Programme.Id);
        });
        return matches;
    }

    private static ProgrammeMatch? Judge(MatchRequest request, Programme programme, string status, double goalScore, List<ProfileGoal> matchedGoals)
    {
        var profile = request.Profile;
        var next = ProgrammeTimeline.NextDeadline(programme, request.Today);
        var (applicant, partnerPossible) = ApplicantRule.Judge(profile, programme);
        var role = MatchRoles.Applicant;
        var warnings = new List<string>();
        if (partnerPossible && request.IncludePartnerRoles)
        {
            role = MatchRoles.Partner;
            applicant = RuleOutcome.Eligible(applicant.Reason + " Ihre Kommune kann als Kooperationspartner mitwirken.");
            warnings.Add(ApplicantRule.PartnerWarning(programme));
        }

        var outcomes = new List<RuleOutcome>(4) { RegionRule.Judge(profile, programme), applicant };
        outcomes.Add(role == MatchRoles.Applicant
            ? OwnShareRule.Judge(profile, programme)
            : RuleOutcome.Eligible("Den Eigenanteil bringt der antragstellende Träger auf; Ihr Beitrag ist Verhandlungssache."));
        outcomes.Add(TimeRule.Judge(profile, programme, request.Today, status, next));

        var eligibility = Eligibility.Eligible;
        foreach (var outcome in outcomes)
        {
            eligibility = Eligibility.Combine(eligibility, outcome.Eligibility);
        }

        if (eligibility == Eligibility.Ineligible && !request.IncludeIneligible)
        {
            return null;
        }

        var (groupScore, sharedGroups) = SecondaryFit.TargetGroups(profile, programme);
        var reasons = new List<string>(matchedGoals.Count + 5);
        foreach (var goal in matchedGoals)
        {
            reasons.Add($"Passt zu Ihrem Ziel '{GoalName(goal)}' (Priorität {goal.Priority}).");
        }

        if (sharedGroups.Count > 0)
        {
            reasons.Add($"Zielgruppe passt: {GermanText.Labels(Vocabularies.TargetGroups, sharedGroups)}.");
        }

        foreach (var outcome in outcomes)
        {
            reasons.Add(outcome.Reason);
            if (outcome.Warning is not null)
            {
                warnings.Add(outcome.Warning);
            }
        }

        var score = Score(request, programme, status, next, goalScore, groupScore, eligibility, role);
        return new ProgrammeMatch
        {
            Programme = programme,
            Score = Math.Round(score, 4),
            Eligibility = eligibility,
            Role = role,
            Reasons = reasons,
            Warnings = warnings,
            MatchedGoals = matchedGoals,
            NextDeadline = next,
        };
    }

    private static double Score(MatchRequest request, Programme programme, string status, DateOnly? next, double goalScore, double groupScore, string eligibility, string role)
    {
        var profile = request.Profile;
        var score = (MatchWeights.Goals * goalScore)
            + (MatchWeights.TargetGroups * groupScore)
            + (MatchWeights.Urgency * SecondaryFit.Urgency(profile, programme, request.Today, status, next));
        if (programme.States.Contains(profile.State, StringComparer.Ordinal))
        {
            score += MatchWeights.OwnLand;
        }

        if (profile.BudgetConsolidation && (programme.OwnShareMinPercent == 0 || programme.FundingRateMaxPercent == 100))
        {
            score += MatchWeights.NoOwnShareUnderConsolidation;
        }

        score *= eligibility switch
        {
            Eligibility.Eligible => 1,
            Eligibility.Unknown => MatchWeights.UnknownFactor,
            _ => MatchWeights.IneligibleFactor,
        };
        return role == MatchRoles.Partner ? score * MatchWeights.PartnerFactor : score;
    }

    private static string GoalName(ProfileGoal goal) => GoalQuery.TextOf(goal) ?? Vocabularies.Topics.LabelOf(goal.Topic);
}
