using IntegrationFunding.Domain.Municipalities;

namespace IntegrationFunding.Storage.Municipalities;

/// <summary>
/// The register in memory for lookups. Reloads when another process (the CLI) imported a new edition: the stored
/// generation is probed at most once per <see cref="ProbeInterval"/>.
/// </summary>
public sealed class MunicipalityRegister(MunicipalityStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile Loaded? _loaded;

    public void Dispose() => _lock.Dispose();

    public async ValueTask<MunicipalityIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        var loaded = _loaded;
        var now = time.GetUtcNow();
        if (loaded is not null && now - loaded.ProbedAt < ProbeInterval && now >= loaded.ProbedAt)
        {
            return loaded.Index;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            loaded = _loaded;
            if (loaded is not null && now - loaded.ProbedAt < ProbeInterval && now >= loaded.ProbedAt)
            {
                return loaded.Index;
            }

            var generation = await store.GetGenerationAsync(cancellationToken);
            var index = loaded is not null && loaded.Generation == generation ? loaded.Index : await store.LoadAsync(cancellationToken);
            _loaded = new Loaded(generation, index, now);
            return index;
        }
        finally
        {
            _lock.Release();
        }
    }

    private sealed record Loaded(long Generation, MunicipalityIndex Index, DateTimeOffset ProbedAt);
}
