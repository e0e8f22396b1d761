using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Programmes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// An immutable view of all programmes for filtering, facets and ranking, built from one generation of the
/// programme table, together with a Lucene searcher over exactly these programmes. Everything per programme is
/// addressed by its position (<see cref="PositionOfDoc"/> maps a Lucene document to it); per-day views (status,
/// next deadline) are computed once per day and cached. The reader is reference-counted: a search acquires the
/// snapshot (<see cref="TryAcquire"/>) and releases it when done, so a snapshot replaced by a refresh or a full
/// rebuild keeps answering the searches that started on it.
/// </summary>
internal sealed class SearchSnapshot
{
    private static long _versions;
    private readonly DirectoryReader? _reader;
    private readonly int[] _positionOfDoc = [];

    private readonly Dictionary<long, int> _positionByKey;
    private (DateOnly Day, IndexedProgramme[] Entries)? _day;

    public SearchSnapshot(long generation, IReadOnlyList<KeyedProgramme> programmes, DirectoryReader? reader = null)
    {
        Version = Interlocked.Increment(ref _versions);
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
        if (reader is not null)
        {
            _reader = reader;
            Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            _positionOfDoc = MapDocuments(reader);
        }
    }

    public static SearchSnapshot Empty { get; } = new(-1, []);

    public long Generation { get; }

    /// <summary>Unique per snapshot (two snapshots of one generation, e.g. after a forced rebuild, differ).</summary>
    public long Version { get; }

    /// <summary>The searcher over this snapshot's programmes; null for the empty snapshot.</summary>
    public IndexSearcher? Searcher { get; }

    /// <summary>The snapshot position of a document of <see cref="Searcher"/> (-1 for none).</summary>
    public int PositionOfDoc(int doc) => doc < _positionOfDoc.Length ? _positionOfDoc[doc] : -1;

    /// <summary>Takes a reference on the reader; false when the snapshot was already retired and closed.</summary>
    public bool TryAcquire() => _reader is null || _reader.TryIncRef();

    /// <summary>Gives back a reference taken by <see cref="TryAcquire"/> (or the publisher's own).</summary>
    public void Release() => _reader?.DecRef();

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

    private int[] MapDocuments(DirectoryReader reader)
    {
        var map = new int[reader.MaxDoc];
        Array.Fill(map, -1);
        foreach (var leaf in reader.Leaves)
        {
            var keys = leaf.AtomicReader.GetNumericDocValues(LuceneFields.Key);
            if (keys is null)
            {
                continue;
            }

            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                map[leaf.DocBase + doc] = PositionOf(keys.Get(doc));
            }
        }

        return map;
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
