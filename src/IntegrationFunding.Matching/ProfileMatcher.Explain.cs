using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Matching.Rules;
using IntegrationFunding.Matching.Scoring;
using IntegrationFunding.Matching.Verdicts;

namespace IntegrationFunding.Matching;

/// <summary>The explanation of one ranked programme: reasons (only what fits), gaps and warnings, and the three verdicts.</summary>
public static partial class ProfileMatcher
{
    /// <summary>The full verdict with sentences, or null when the programme is ineligible and those are not listed.</summary>
    internal static ProgrammeMatch? Explain(MatchRequest request, Programme programme, string status, DateOnly? next, double goalScore, List<ProfileGoal> matchedGoals, bool weakBudgetNote)
    {
        var profile = request.Profile;
        var log = new VerdictLog();
        var judged = Verdict.Of(profile, programme, request.Today, status, next, weakBudgetNote, request.IncludePartnerRoles, log);
        var eligibility = judged.Eligibility;
        if (eligibility == Eligibility.Ineligible && !request.IncludeIneligible)
        {
            return null;
        }

        var (groupScore, sharedGroups) = SecondaryFit.TargetGroups(profile, programme);
        var reasons = new List<string>(matchedGoals.Count + 6);
        foreach (var goal in matchedGoals)
        {
            reasons.Add($"Passt zu Ihrem Ziel '{GoalName(goal)}' (Priorität {goal.Priority}).");
        }

        if (sharedGroups.Count > 0)
        {
            reasons.Add($"Zielgruppe passt: {GermanText.Labels(Vocabularies.TargetGroups, sharedGroups)}.");
        }

        var warnings = new List<string>();
        if (judged.Role == MatchRoles.Partner)
        {
            warnings.Add(ApplicantRule.PartnerWarning(programme));
        }

        foreach (var outcome in log.MayApply.Concat(log.CanAfford).Concat(log.InTime))
        {
            if (outcome.Eligibility == Eligibility.Eligible)
            {
                reasons.Add(outcome.Reason);
                if (outcome.Warning is not null)
                {
                    warnings.Add(outcome.Warning);
                }
            }
            else
            {
                warnings.Add(outcome.Gap);
            }
        }

        if (ProjectSizeRule.Warning(profile, programme) is { } large)
        {
            warnings.Add(large);
        }

        var score = MatchScore.Of(profile, programme, request.Today, status, next, goalScore, groupScore, judged);
        return new ProgrammeMatch
        {
            Programme = programme,
            Score = score,
            Eligibility = eligibility,
            Verdicts = new MatchVerdicts(
                Part(judged.MayApply, log.MayApply, judged.Role == MatchRoles.Partner ? "Ihre Kommune kann als Kooperationspartner mitwirken." : "Ihre Kommune darf den Antrag stellen."),
                Part(judged.CanAfford, log.CanAfford.Take(1).ToList(), null),
                Part(judged.InTime, log.InTime, null)),
            Role = judged.Role,
            Reasons = reasons,
            Warnings = warnings.Distinct(StringComparer.Ordinal).ToList(),
            MatchedGoals = matchedGoals,
            NextDeadline = next,
            MissingFacts = judged.Missing,
        };
    }

    /// <summary>One verdict's sentence: the summary when it holds, else the sentences of the parts that fail or are open.</summary>
    private static VerdictPart Part(string eligibility, IReadOnlyList<RuleOutcome> outcomes, string? whenEligible)
    {
        if (eligibility == Eligibility.Eligible)
        {
            return new VerdictPart(eligibility, whenEligible ?? string.Join(" ", outcomes.Select(o => o.Reason)));
        }

        var deciding = outcomes.Where(o => o.Eligibility == eligibility).Select(o => o.Reason);
        return new VerdictPart(eligibility, string.Join(" ", deciding));
    }

    private static string GoalName(ProfileGoal goal) => GoalQuery.TextOf(goal) ?? Vocabularies.Topics.LabelOf(goal.Topic);
}
