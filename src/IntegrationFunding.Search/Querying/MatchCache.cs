using System.Collections.Concurrent;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Remembers FTS5 results per match expression for one snapshot generation (any change of the programme set
/// empties it). Officers' queries repeat a lot; a hit saves the MATCH and BM25 work entirely.
/// </summary>
internal sealed class MatchCache
{
    private const int MaxEntries = 2048;
    private ConcurrentDictionary<string, FtsMatches> _entries = new(StringComparer.Ordinal);
    private long _generation = long.MinValue;

    public async Task<FtsMatches> GetOrAddAsync(long generation, string expression, Func<string, Task<FtsMatches>> match)
    {
        var entries = Current(generation);
        if (entries.TryGetValue(expression, out var cached))
        {
            return cached;
        }

        var result = await match(expression);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[expression] = result;
        return result;
    }

    private ConcurrentDictionary<string, FtsMatches> Current(long generation)
    {
        if (Interlocked.Read(ref _generation) != generation)
        {
            _entries = new ConcurrentDictionary<string, FtsMatches>(StringComparer.Ordinal);
            Interlocked.Exchange(ref _generation, generation);
        }

        return _entries;
    }
}
