using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Scoring;

/// <summary>How well a programme fits the profile's goals: topic match plus normalised text relevance, by priority.</summary>
internal sealed class GoalFit
{
    private readonly IReadOnlyList<ProfileGoal> _goals;
    private readonly IReadOnlyList<IReadOnlyDictionary<string, double>> _relevance;
    private readonly double[] _maxRelevance;
    private readonly double _weightSum;

    public GoalFit(IReadOnlyList<ProfileGoal> goals, IReadOnlyList<IReadOnlyDictionary<string, double>> relevance)
    {
        _goals = goals;
        _relevance = relevance;
        _maxRelevance = new double[goals.Count];
        for (var i = 0; i < goals.Count && i < relevance.Count; i++)
        {
            _maxRelevance[i] = relevance[i].Count == 0 ? 0 : Math.Max(0, relevance[i].Values.Max());
        }

        _weightSum = goals.Count == 0 ? 1 : goals.Max(g => MatchWeights.Priority(g.Priority));
    }

    /// <summary>The goal score (0–1, may exceed 1 slightly for many goals, capped) and the goals that matched.</summary>
    public (double Score, List<ProfileGoal> Matched) Evaluate(Programme programme)
    {
        List<ProfileGoal>? matched = null;
        var total = 0.0;
        for (var i = 0; i < _goals.Count; i++)
        {
            var goal = _goals[i];
            var topic = QuickReject.Has(programme.Topics, goal.Topic)
                ? 1 / (1 + (MatchWeights.TopicDilution * (programme.Topics.Count - 1)))
                : 0.0;
            var text = 0.0;
            if (i < _relevance.Count && _maxRelevance[i] > 0 && _relevance[i].TryGetValue(programme.Id, out var raw))
            {
                text = Math.Clamp(raw / _maxRelevance[i], 0, 1);
            }

            if (topic > 0 || text >= MatchWeights.TextMatchThreshold)
            {
                (matched ??= []).Add(goal);
            }

            total += MatchWeights.Priority(goal.Priority) * ((MatchWeights.TopicShare * topic) + ((1 - MatchWeights.TopicShare) * text));
        }

        return (Math.Min(1, total / _weightSum), matched ?? []);
    }
}
