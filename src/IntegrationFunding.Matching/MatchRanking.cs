using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Conditions;
using IntegrationFunding.Matching.Ranking;
using IntegrationFunding.Matching.Scoring;

namespace IntegrationFunding.Matching;

/// <summary>
/// The result of <see cref="ProfileMatcher.Rank"/>: every listed programme judged and scored, but not yet explained.
/// <see cref="Count"/> is the total; <see cref="Explain"/> writes the German reasons and warnings for one page only.
/// </summary>
public sealed class MatchRanking
{
    private readonly MatchRequest _request;
    private readonly DayFacts _day;
    private readonly GoalFit _goals;
    private readonly List<RankedPosition> _ranked;
    private readonly IReadOnlyList<Programme> _programmes;
    private readonly bool[] _weakBudgetNote;

    internal MatchRanking(MatchRequest request, SnapshotFacts facts, DayFacts day, GoalFit goals, List<RankedPosition> ranked)
    {
        _request = request;
        _programmes = facts.Programmes;
        _weakBudgetNote = facts.WeakBudgetNote;
        _day = day;
        _goals = goals;
        _ranked = ranked;
    }

    /// <summary>How many programmes are listed in total.</summary>
    public int Count => _ranked.Count;

    /// <summary>
    /// What to clarify next: each missing profile fact with the number of listed programmes whose unknown verdict it
    /// would settle, most deciding first (facts that decide none are left out).
    /// </summary>
    public IReadOnlyList<Clarification> Clarifications() => Clarification.Count(_ranked.Select(r => r.Missing));

    /// <summary>The listed programmes in order, without explanations (e.g. for calendars).</summary>
    public IReadOnlyList<Programme> Programmes(int skip, int take)
    {
        var page = Page(skip, take);
        var programmes = new Programme[page.Length];
        for (var i = 0; i < page.Length; i++)
        {
            programmes[i] = _programmes[page[i].Position];
        }

        return programmes;
    }

    /// <summary>The matches at places <paramref name="skip"/> + 1 … + <paramref name="take"/>, fully explained.</summary>
    public IReadOnlyList<ProgrammeMatch> Explain(int skip, int take)
    {
        var page = Page(skip, take);
        var matches = new ProgrammeMatch[page.Length];
        for (var i = 0; i < page.Length; i++)
        {
            var position = page[i].Position;
            var programme = _programmes[position];
            var (goalScore, matchedGoals) = _goals.Evaluate(programme, position);
            var match = ProfileMatcher.Explain(_request, programme, _day.Status[position], _day.Next[position], goalScore, matchedGoals, _weakBudgetNote[position]);
            matches[i] = match is not null && match.Score.Equals(page[i].Score)
                ? match
                : throw new InvalidOperationException($"Matching: ranking and explanation disagree for programme {programme.Id}.");
        }

        return matches;
    }

    private RankedPosition[] Page(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        return RankOrder.Page(_ranked, _programmes, skip, take);
    }
}
