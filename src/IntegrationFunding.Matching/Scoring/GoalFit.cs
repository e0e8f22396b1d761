using System.Buffers;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Ranking;

namespace IntegrationFunding.Matching.Scoring;

/// <summary>
/// How well a programme fits the profile's goals: topic match plus normalised text relevance, by priority. While
/// ranking, each goal's normalised relevance sits in a pooled array by list position (no lookups, no allocation);
/// after <see cref="ReleaseScanArrays"/> the same values are read from the relevance dictionaries by id.
/// </summary>
internal sealed class GoalFit
{
    private readonly IReadOnlyList<ProfileGoal> _goals;
    private readonly IReadOnlyList<IReadOnlyDictionary<string, double>> _relevance;
    private readonly double[] _maxRelevance;
    private readonly double _weightSum;
    private double[][]? _text;

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

    /// <summary>Spreads each goal's normalised relevance over pooled arrays by position (unless ids repeat).</summary>
    public void PrepareScan(SnapshotFacts facts)
    {
        var count = facts.Programmes.Count;
        if (facts.PositionOf.Count != count)
        {
            return;
        }

        _text = new double[_goals.Count][];
        for (var i = 0; i < _goals.Count; i++)
        {
            var text = ArrayPool<double>.Shared.Rent(Math.Max(1, count));
            Array.Clear(text, 0, count);
            if (i < _relevance.Count && _maxRelevance[i] > 0)
            {
                foreach (var (id, raw) in _relevance[i])
                {
                    if (facts.PositionOf.TryGetValue(id, out var position))
                    {
                        text[position] = Normalise(raw, _maxRelevance[i]);
                    }
                }
            }

            _text[i] = text;
        }
    }

    public void ReleaseScanArrays()
    {
        if (_text is { } text)
        {
            _text = null;
            foreach (var array in text)
            {
                ArrayPool<double>.Shared.Return(array);
            }
        }
    }

    /// <summary>The goal score alone (no allocation) and whether any goal matched.</summary>
    public double Score(Programme programme, int position, out bool anyMatched) => Evaluate(programme, position, null, out anyMatched);

    /// <summary>The goal score (0–1, may exceed 1 slightly for many goals, capped) and the goals that matched.</summary>
    public (double Score, List<ProfileGoal> Matched) Evaluate(Programme programme, int position)
    {
        var matched = new List<ProfileGoal>();
        var score = Evaluate(programme, position, matched, out _);
        return (score, matched);
    }

    private double Evaluate(Programme programme, int position, List<ProfileGoal>? matched, out bool anyMatched)
    {
        anyMatched = false;
        var total = 0.0;
        for (var i = 0; i < _goals.Count; i++)
        {
            var goal = _goals[i];
            var topic = QuickReject.Has(programme.Topics, goal.Topic)
                ? 1 / (1 + (MatchWeights.TopicDilution * (programme.Topics.Count - 1)))
                : 0.0;
            var text = TextAt(i, programme, position);
            if (topic > 0 || text >= MatchWeights.TextMatchThreshold)
            {
                anyMatched = true;
                matched?.Add(goal);
            }

            total += MatchWeights.Priority(goal.Priority) * ((MatchWeights.TopicShare * topic) + ((1 - MatchWeights.TopicShare) * text));
        }

        return Math.Min(1, total / _weightSum);
    }

    private double TextAt(int goal, Programme programme, int position)
    {
        if (_text is { } text)
        {
            return text[goal][position];
        }

        return goal < _relevance.Count && _maxRelevance[goal] > 0 && _relevance[goal].TryGetValue(programme.Id, out var raw)
            ? Normalise(raw, _maxRelevance[goal])
            : 0.0;
    }

    private static double Normalise(double raw, double max) => Math.Clamp(raw / max, 0, 1);
}
