using System.Collections.Concurrent;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Remembers, per query text, the text match (score per snapshot position, notice) for one snapshot; a new
/// snapshot empties it. Officers' queries repeat a lot, and a hit saves the Lucene search and the mapping to
/// positions. Cached values are shared and must not be written to.
/// </summary>
internal sealed class MatchCache<T>
{
    private const int MaxEntries = 256; // one entry holds a double per programme: 160 KB at 20,000
    private (long Version, ConcurrentDictionary<string, T> Entries) _current = (long.MinValue, new(StringComparer.Ordinal));

    public T GetOrAdd(long snapshotVersion, string key, Func<string, T> compute)
    {
        var current = _current;
        if (current.Version != snapshotVersion)
        {
            current = (snapshotVersion, new ConcurrentDictionary<string, T>(StringComparer.Ordinal));
            _current = current;
        }

        if (current.Entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = compute(key);
        if (current.Entries.Count >= MaxEntries)
        {
            current.Entries.Clear();
        }

        current.Entries[key] = result;
        return result;
    }
}
