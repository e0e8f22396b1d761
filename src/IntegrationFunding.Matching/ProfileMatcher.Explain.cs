using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Matching.Rules;
using IntegrationFunding.Matching.Scoring;

namespace IntegrationFunding.Matching;

/// <summary>The explanation of one ranked programme: the rules' German reasons and warnings.</summary>
public static partial class ProfileMatcher
{
    /// <summary>The full verdict with sentences, or null when the programme is ineligible and those are not listed.</summary>
    internal static ProgrammeMatch? Explain(MatchRequest request, Programme programme, string status, DateOnly? next, double goalScore, List<ProfileGoal> matchedGoals)
    {
        var profile = request.Profile;
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

        var score = MatchScore.Of(profile, programme, request.Today, status, next, goalScore, groupScore, eligibility, role);
        return new ProgrammeMatch
        {
            Programme = programme,
            Score = score,
            Eligibility = eligibility,
            Role = role,
            Reasons = reasons,
            Warnings = warnings,
            MatchedGoals = matchedGoals,
            NextDeadline = next,
        };
    }

    private static string GoalName(ProfileGoal goal) => GoalQuery.TextOf(goal) ?? Vocabularies.Topics.LabelOf(goal.Topic);
}
