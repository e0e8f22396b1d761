using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching;

/// <summary>One programme judged for one profile: eligibility, role, score and the German explanation.</summary>
public sealed record ProgrammeMatch
{
    public required Programme Programme { get; init; }
    public required double Score { get; init; }
    /// <summary><see cref="Matching.Eligibility"/> id.</summary>
    public required string Eligibility { get; init; }
    /// <summary><see cref="MatchRoles"/> id.</summary>
    public required string Role { get; init; }
    /// <summary>Why it matched, and one sentence per hard rule.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
    /// <summary>Risks and hints (missing facts, close deadlines, partner role, Haushaltssicherung).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<ProfileGoal> MatchedGoals { get; init; }
    public required DateOnly? NextDeadline { get; init; }
}
