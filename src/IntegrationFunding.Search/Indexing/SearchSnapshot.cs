using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Programmes;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// An immutable view of all programmes for filtering, facets and ranking, built from one generation of the
/// programme table. Everything per programme is addressed by its position; per-day views (status, next deadline)
/// are computed once per day and cached.
/// </summary>
internal sealed class SearchSnapshot
{
    private readonly Dictionary<long, int> _positionByKey;
    private (DateOnly Day, IndexedProgramme[] Entries)? _day;

    public SearchSnapshot(long generation, IReadOnlyList<KeyedProgramme> programmes)
    {
        Generation = generation;
        Programmes = programmes.Select(p => p.Programme).ToArray();
        _positionByKey = new Dictionary<long, int>(programmes.Count);
        for (var i = 0; i < programmes.Count; i++)
        {
            _positionByKey[programmes[i].Key] = i;
        }

        ById = Programmes.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Facets = new FacetCodes(Programmes);
        NameRank = RankByName(Programmes);
    }

    public static SearchSnapshot Empty { get; } = new(-1, []);

    public long Generation { get; }

    public Programme[] Programmes { get; }

    public IReadOnlyDictionary<string, Programme> ById { get; }

    public FacetCodes Facets { get; }

    /// <summary>Each position's rank in ordinal name order (the deterministic tie-break of every sort).</summary>
    public int[] NameRank { get; }

    /// <summary>The position of a storage key, or -1 when the key is not in this snapshot.</summary>
    public int PositionOf(long key) => _positionByKey.TryGetValue(key, out var position) ? position : -1;

    public IndexedProgramme[] ForDay(DateOnly today)
    {
        var cached = _day;
        if (cached is { } c && c.Day == today)
        {
            return c.Entries;
        }

        var entries = new IndexedProgramme[Programmes.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var p = Programmes[i];
            entries[i] = new IndexedProgramme(i, p, ProgrammeTimeline.Status(p, today), ProgrammeTimeline.NextDeadline(p, today));
        }

        _day = (today, entries);
        return entries;
    }

    private static int[] RankByName(Programme[] programmes)
    {
        var order = Enumerable.Range(0, programmes.Length).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(programmes[a].Name, programmes[b].Name));
        var rank = new int[programmes.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        return rank;
    }
}
