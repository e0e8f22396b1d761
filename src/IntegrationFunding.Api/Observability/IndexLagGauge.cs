using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Storage.Programmes;

namespace IntegrationFunding.Api.Observability;

/// <summary>
/// <c>integrationfunding_api_index_generation_lag</c>: committed programme generations the search index has not
/// loaded yet (0 when current). Sampled when the metrics endpoint is scraped. The gauge is created once per
/// process and observes the most recently started host (tests start several hosts in one process).
/// </summary>
internal sealed class IndexLagGauge
{
    private static readonly Lock Gate = new();
    private static IndexLagGauge? _current;
    private static bool _created;
    private readonly SearchIndex _index;
    private readonly ProgrammeStore _store;

    public IndexLagGauge(SearchIndex index, ProgrammeStore store)
    {
        _index = index;
        _store = store;
        lock (Gate)
        {
            _current = this;
            if (!_created)
            {
                _created = true;
                ProductMetrics.Meter.CreateObservableGauge(
                    "index.generation_lag", () => _current?.Lag() ?? 0, "{generation}", "Programme generations not yet in the search index");
            }
        }
    }

    private long Lag()
    {
        try
        {
            var committed = _store.GetGenerationAsync().GetAwaiter().GetResult();
            return _index.LoadedGeneration < 0 ? committed + 1 : Math.Max(0, committed - _index.LoadedGeneration);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or ObjectDisposedException or InvalidOperationException)
        {
            return -1;
        }
    }
}
