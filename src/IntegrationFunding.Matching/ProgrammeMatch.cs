using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Conditions;
using IntegrationFunding.Matching.Verdicts;

namespace IntegrationFunding.Matching;

/// <summary>One programme judged for one profile: eligibility, the three verdicts, role, score and the German explanation.</summary>
public sealed record ProgrammeMatch
{
    public required Programme Programme { get; init; }
    public required double Score { get; init; }
    /// <summary><see cref="Matching.Eligibility"/> id: the AND of the three <see cref="Verdicts"/>.</summary>
    public required string Eligibility { get; init; }
    /// <summary>May we apply, can we afford it, is it open in time.</summary>
    public required MatchVerdicts Verdicts { get; init; }
    /// <summary><see cref="MatchRoles"/> id.</summary>
    public required string Role { get; init; }
    /// <summary>Why it matches: goals, target groups and every rule or condition that is met ("Warum es passt").</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
    /// <summary>Gaps and risks: unknown or failed rules and conditions, close deadlines, partner role, large projects ("Bitte beachten").</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<ProfileGoal> MatchedGoals { get; init; }
    public required DateOnly? NextDeadline { get; init; }
    /// <summary>Profile facts whose answers would settle an unknown verdict of this match.</summary>
    public ProfileFacts MissingFacts { get; init; }
}
