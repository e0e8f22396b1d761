using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Orders matched positions for the requested sort and returns one page of them. Only the first
/// <c>skip + take</c> positions are ever put in order (a bounded selection, not a full sort).
/// </summary>
internal static class ResultOrder
{
    public static IReadOnlyList<int> Page(
        List<int> matches, IndexedProgramme[] entries, double[]? scores, int[] nameRank, SearchSort sort, int skip, int take)
    {
        if (skip >= matches.Count)
        {
            return [];
        }

        var comparer = Comparer<int>.Create(Comparison(entries, scores, nameRank, sort));
        var wanted = Math.Min(matches.Count, skip + take);
        var top = new PriorityQueue<int, int>(wanted + 1, Comparer<int>.Create((a, b) => comparer.Compare(b, a)));
        foreach (var position in matches)
        {
            if (top.Count < wanted)
            {
                top.Enqueue(position, position);
            }
            else if (comparer.Compare(position, top.Peek()) < 0)
            {
                top.DequeueEnqueue(position, position);
            }
        }

        var ordered = new int[top.Count];
        for (var i = ordered.Length - 1; i >= 0; i--)
        {
            ordered[i] = top.Dequeue();
        }

        return ordered[skip..];
    }

    private static Comparison<int> Comparison(IndexedProgramme[] entries, double[]? scores, int[] nameRank, SearchSort sort) => sort switch
    {
        SearchSort.Newest => (a, b) => Newest(entries, a, b) is var c && c != 0 ? c : nameRank[a].CompareTo(nameRank[b]),
        SearchSort.Relevance when scores is not null => (a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : nameRank[a].CompareTo(nameRank[b]),
        _ => (a, b) => ByDeadline(entries, a, b) is var c && c != 0 ? c : nameRank[a].CompareTo(nameRank[b]),
    };

    private static int Newest(IndexedProgramme[] entries, int a, int b) =>
        Nullable.Compare(entries[b].Programme.FirstSeen, entries[a].Programme.FirstSeen);

    private static int ByDeadline(IndexedProgramme[] entries, int a, int b)
    {
        var (x, y) = (entries[a], entries[b]);
        if (x.NextDeadline is { } dx && y.NextDeadline is { } dy)
        {
            return dx.CompareTo(dy);
        }

        if (x.NextDeadline is null != y.NextDeadline is null)
        {
            return x.NextDeadline is null ? 1 : -1;
        }

        return StatusRank(x.Status).CompareTo(StatusRank(y.Status));
    }

    private static int StatusRank(string status) => status switch
    {
        ProgrammeStatus.Open => 0,
        ProgrammeStatus.Upcoming => 1,
        ProgrammeStatus.Unknown => 2,
        _ => 3,
    };
}
