using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Ranking;

/// <summary>
/// Orders ranked programmes by score (highest first), then id (ordinal), and returns one page. Small pages are
/// picked with a bounded heap of <c>skip + take</c> entries; large ones sort a copy of everything.
/// </summary>
internal static class RankOrder
{
    public static RankedPosition[] Page(List<RankedPosition> ranked, IReadOnlyList<Programme> programmes, int skip, int take)
    {
        if (skip >= ranked.Count || take == 0)
        {
            return [];
        }

        var wanted = (int)Math.Min(ranked.Count, (long)skip + take);
        var comparer = Comparer<RankedPosition>.Create((a, b) => Compare(programmes, a, b));
        if (wanted > ranked.Count / 4)
        {
            var all = ranked.ToArray();
            Array.Sort(all, comparer);
            return all[skip..wanted];
        }

        var worstFirst = Comparer<RankedPosition>.Create((a, b) => Compare(programmes, b, a));
        var top = new PriorityQueue<RankedPosition, RankedPosition>(wanted + 1, worstFirst);
        foreach (var entry in ranked)
        {
            if (top.Count < wanted)
            {
                top.Enqueue(entry, entry);
            }
            else if (Compare(programmes, entry, top.Peek()) < 0)
            {
                top.DequeueEnqueue(entry, entry);
            }
        }

        var ordered = new RankedPosition[top.Count];
        for (var i = ordered.Length - 1; i >= 0; i--)
        {
            ordered[i] = top.Dequeue();
        }

        return ordered[skip..];
    }

    private static int Compare(IReadOnlyList<Programme> programmes, RankedPosition a, RankedPosition b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(programmes[a.Position].Id, programmes[b.Position].Id);
    }
}
