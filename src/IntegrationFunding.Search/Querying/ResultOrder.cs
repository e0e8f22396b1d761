using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>Orders matched positions for the requested sort and returns one page of them.</summary>
internal static class ResultOrder
{
    public static IEnumerable<int> Page(
        List<int> matches, IndexedProgramme[] entries, double[]? scores, int[] nameRank, SearchSort sort, int skip, int take)
    {
        if (skip >= matches.Count)
        {
            return [];
        }

        var ordered = matches.ToArray();
        Comparison<int> comparison = sort switch
        {
            SearchSort.Newest => (a, b) => Newest(entries, a, b) is var c && c != 0 ? c : nameRank[a].CompareTo(nameRank[b]),
            SearchSort.Relevance when scores is not null => (a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : nameRank[a].CompareTo(nameRank[b]),
            _ => (a, b) => ByDeadline(entries, a, b) is var c && c != 0 ? c : nameRank[a].CompareTo(nameRank[b]),
        };
        Array.Sort(ordered, comparison);
        return ordered.Skip(skip).Take(take);
    }

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
