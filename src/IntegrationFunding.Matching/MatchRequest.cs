using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching;

/// <summary>
/// Everything matching needs, obtained by the caller: the profile, the programmes, "today" (Berlin) and, per goal
/// (same order as <see cref="MunicipalityProfile.Goals"/>), the full-text relevance of each programme for the
/// goal's text (e.g. <c>ProgrammeSearch.RelevanceAsync(GoalQuery.TextOf(goal))</c>; higher = better, missing = 0).
/// </summary>
public sealed record MatchRequest
{
    public required MunicipalityProfile Profile { get; init; }
    public required IReadOnlyList<Programme> Programmes { get; init; }
    public required DateOnly Today { get; init; }
    public IReadOnlyList<IReadOnlyDictionary<string, double>> GoalRelevance { get; init; } = [];
    /// <summary>Also list programmes that fail a hard rule (with their reasons).</summary>
    public bool IncludeIneligible { get; init; }
    /// <summary>Also list programmes only associations may apply for, with role <c>partner</c>.</summary>
    public bool IncludePartnerRoles { get; init; }
}
