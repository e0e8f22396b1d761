using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.Storage.Sqlite;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// Keeps the FTS5 index and the in-memory snapshot in step with the programme table. Any process may change
/// programmes (host, CLI import, crawler); the generation counter tells readers when to refresh. While one
/// refresh runs, other readers keep using the previous snapshot, so nobody ever sees an empty index.
/// </summary>
public sealed class SearchIndex(SqliteDatabase database, ProgrammeStore store, FtsIndex fts) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile SearchSnapshot _snapshot = SearchSnapshot.Empty;

    internal FtsIndex Fts => fts;

    /// <summary>
    /// The programme generation the index currently answers from; -1 until the first load finished. Readiness
    /// (index loaded) and the generation-lag metric read it.
    /// </summary>
    public long LoadedGeneration => _snapshot.Generation;

    /// <summary>The number of programmes in the current snapshot.</summary>
    public int Count => _snapshot.Programmes.Length;

    /// <summary>Rebuilds the full-text index from the programme table (the <c>reindex</c> command).</summary>
    public Task RebuildAsync(CancellationToken cancellationToken = default) => RefreshAsync(force: true, cancellationToken);

    /// <summary>Brings index and snapshot up to date if the programme table changed since they were built.</summary>
    public async Task RefreshAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            await RefreshLockedAsync(force, cancellationToken);
        }
        finally
        {
            _refresh.Release();
        }
    }

    internal async Task<SearchSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        var generation = await store.GetGenerationAsync(cancellationToken);
        if (generation == snapshot.Generation)
        {
            return snapshot;
        }

        if (snapshot != SearchSnapshot.Empty && !await _refresh.WaitAsync(0, cancellationToken))
        {
            return snapshot;
        }

        if (snapshot == SearchSnapshot.Empty)
        {
            await _refresh.WaitAsync(cancellationToken);
        }

        try
        {
            await RefreshLockedAsync(force: false, cancellationToken);
        }
        finally
        {
            _refresh.Release();
        }

        return _snapshot;
    }

    private async Task RefreshLockedAsync(bool force, CancellationToken cancellationToken)
    {
        var generation = await store.GetGenerationAsync(cancellationToken);
        if (!force && generation == _snapshot.Generation)
        {
            return;
        }

        var programmes = await store.GetAllKeyedAsync(cancellationToken);
        long indexed;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            indexed = await fts.GetIndexedGenerationAsync(connection, cancellationToken);
        }

        if (force || indexed != generation)
        {
            await fts.RebuildAsync(programmes, generation, cancellationToken);
        }

        _snapshot = new SearchSnapshot(generation, programmes);
    }

    public void Dispose() => _refresh.Dispose();
}
