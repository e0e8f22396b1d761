using System.Collections.Concurrent;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Remembers, per match expression, the BM25 score of every snapshot position (NaN = no match) for one snapshot
/// generation; any change of the programme set empties it. Officers' queries repeat a lot, and a hit saves the
/// MATCH, the BM25 work and the key-to-position mapping. The arrays are shared and must not be written to.
/// </summary>
internal sealed class MatchCache
{
    private const int MaxEntries = 1024;
    private ConcurrentDictionary<string, double[]> _entries = new(StringComparer.Ordinal);
    private long _generation = long.MinValue;

    public async Task<double[]> GetOrAddAsync(long generation, string expression, Func<string, Task<double[]>> score)
    {
        var entries = Current(generation);
        if (entries.TryGetValue(expression, out var cached))
        {
            return cached;
        }

        var result = await score(expression);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[expression] = result;
        return result;
    }

    private ConcurrentDictionary<string, double[]> Current(long generation)
    {
        if (Interlocked.Read(ref _generation) != generation)
        {
            _entries = new ConcurrentDictionary<string, double[]>(StringComparer.Ordinal);
            Interlocked.Exchange(ref _generation, generation);
        }

        return _entries;
    }
}
