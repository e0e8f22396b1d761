using IntegrationFunding.Domain.Profiles;

namespace IntegrationFunding.Matching;

/// <summary>The free text of a goal that callers run through the search index to get its relevance scores.</summary>
public static class GoalQuery
{
    /// <summary>The goal's own words, or null when it has none (then only its topic counts).</summary>
    public static string? TextOf(ProfileGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return string.IsNullOrWhiteSpace(goal.Text) ? null : goal.Text.Trim();
    }
}
