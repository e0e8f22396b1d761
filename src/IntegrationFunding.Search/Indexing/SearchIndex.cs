using System.Diagnostics;
using IntegrationFunding.Storage.Programmes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// Keeps the Lucene index and the in-memory snapshot in step with the programme table (the system of record).
/// Any process may change programmes (host, CLI import, crawler); the generation counter tells the index owner to
/// apply the changes document by document. One process owns the on-disk index: the host (its
/// <see cref="SearchIndexRefresher"/> calls <see cref="BecomeOwner"/>). Other processes that search (CLI digest
/// runs) build a private index in memory and never write the folder. Searches never wait for a refresh or a
/// rebuild once a snapshot exists: they answer from the snapshot that is current when they start.
/// </summary>
public sealed class SearchIndex(ProgrammeStore store, LuceneIndexFactory indexes, ILogger<SearchIndex>? logger = null) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly ILogger _logger = logger ?? NullLogger<SearchIndex>.Instance;
    private volatile SearchSnapshot _snapshot = SearchSnapshot.Empty;
    private volatile bool _refreshedInBackground;
    private LuceneIndex? _lucene;
    private IndexOwnership? _ownership;
    private Dictionary<long, StampedProgramme>? _known;

    /// <summary>
    /// The programme generation the index currently answers from; -1 until the first load finished. Readiness
    /// (index loaded) and the generation-lag metric read it.
    /// </summary>
    public long LoadedGeneration => _snapshot.Generation;

    /// <summary>The number of programmes in the current snapshot.</summary>
    public int Count => _snapshot.Programmes.Length;

    /// <summary>The programme generation the current snapshot (and index) was built from; -1 before the first build.</summary>
    public long Generation => _snapshot.Generation;

    /// <summary>True when this process holds the on-disk index folder.</summary>
    public bool OwnsIndexFolder => _ownership is not null;

    /// <summary>How the index was opened at start (e.g. "opened", "rebuilt: unreadable index"), null before.</summary>
    public string? OpenedHow => _lucene?.OpenedHow;

    /// <summary>
    /// Takes the on-disk index folder when no other process holds it, and lets a background refresher keep the index
    /// current (searches then never touch the database for the generation). Returns false when another process
    /// owns the folder: this one keeps a private in-memory index.
    /// </summary>
    public async Task<bool> BecomeOwner(bool refreshedInBackground, CancellationToken cancellationToken = default)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            _refreshedInBackground = refreshedInBackground;
            if (_ownership is not null)
            {
                return true;
            }

            _ownership = indexes.TryAcquireOwnership();
            if (_ownership is null)
            {
                _logger.LogWarning("The search index folder is owned by another process; this one searches a private in-memory index");
                return false;
            }

            _lucene?.Dispose();
            _lucene = null;
            return true;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Rebuilds the whole index from the programme table into a new build and switches to it.</summary>
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

    /// <summary>
    /// The snapshot to answer from, acquired (release it with <see cref="SearchSnapshot.Release"/>). Only the very
    /// first search of a process waits, for the first build; after that no search waits for a refresh: with a
    /// background refresher it takes the current snapshot as is, without one (CLI) it refreshes only when no other
    /// refresh is running.
    /// </summary>
    internal async Task<SearchSnapshot> AcquireAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot == SearchSnapshot.Empty)
        {
            await RefreshAsync(cancellationToken: cancellationToken);
        }
        else if (!_refreshedInBackground && await store.GetGenerationAsync(cancellationToken) != snapshot.Generation
                 && await _refresh.WaitAsync(0, cancellationToken))
        {
            try
            {
                await RefreshLockedAsync(force: false, cancellationToken);
            }
            finally
            {
                _refresh.Release();
            }
        }

        while (true)
        {
            snapshot = _snapshot;
            if (snapshot.TryAcquire())
            {
                return snapshot;
            }
        }
    }

    /// <summary>The current snapshot for reads that need no searcher (programme lists, details).</summary>
    internal async Task<SearchSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = await AcquireAsync(cancellationToken);
        snapshot.Release();
        return snapshot;
    }

    /// <summary>Holds the refresh lock as a long rebuild would (tests: no search may wait for it).</summary>
    internal async Task<IDisposable> HoldRefreshLockAsync()
    {
        await _refresh.WaitAsync();
        return new Releaser(_refresh);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }

    private async Task RefreshLockedAsync(bool force, CancellationToken cancellationToken)
    {
        var generation = await store.GetGenerationAsync(cancellationToken);
        if (!force && generation == _snapshot.Generation && _lucene is not null)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var stamped = await store.GetAllStampedAsync(_known, cancellationToken);
        var programmes = stamped.Select(p => new KeyedProgramme(p.Key, p.Programme)).ToArray();
        var fingerprints = stamped.Select(p => p.Stamp).ToArray();
        var (reader, how) = await Task.Run(() => UpdateIndex(programmes, fingerprints, generation, force), cancellationToken);
        _known = stamped.ToDictionary(p => p.Key);
        var previous = _snapshot;
        _snapshot = new SearchSnapshot(generation, programmes, reader);
        previous.Release();
        // Information in the host (operators follow the index there); the CLI keeps its standard output for results.
        _logger.Log(
            _refreshedInBackground ? LogLevel.Information : LogLevel.Debug,
            "Search index at generation {Generation}: {Count} programmes ({How}, {Milliseconds} ms)",
            generation, programmes.Length, how, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private (Lucene.Net.Index.DirectoryReader Reader, string How) UpdateIndex(
        IReadOnlyList<KeyedProgramme> programmes, IReadOnlyList<string> fingerprints, long generation, bool force)
    {
        string how;
        if (_lucene is null)
        {
            _lucene = indexes.Create();
            var opened = _ownership is not null && _lucene.TryOpenOnDisk();
            if (opened && !force)
            {
                how = $"opened the index on disk, {_lucene.Apply(programmes, fingerprints, generation)} documents updated";
            }
            else
            {
                _lucene.Rebuild(programmes, fingerprints, generation);
                how = _ownership is null ? "built in memory" : (force ? "full rebuild" : _lucene.OpenedHow ?? "rebuilt");
            }
        }
        else if (force)
        {
            _lucene.Rebuild(programmes, fingerprints, generation);
            how = "full rebuild";
        }
        else
        {
            how = $"{_lucene.Apply(programmes, fingerprints, generation)} documents updated";
        }

        return (_lucene.OpenReader(), how);
    }

    public void Dispose()
    {
        _snapshot.Release();
        _lucene?.Dispose();
        _ownership?.Dispose();
        _refresh.Dispose();
    }
}
