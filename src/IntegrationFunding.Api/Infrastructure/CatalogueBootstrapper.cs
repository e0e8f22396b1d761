using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Storage.Catalogue;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>On start: imports the starter catalogue into an empty database and builds the search index.</summary>
internal sealed class CatalogueBootstrapper(CatalogueImporter importer, SearchIndex index, ILogger<CatalogueBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var imported = await importer.ImportStarterIfEmptyAsync(cancellationToken);
        if (imported is not null)
        {
            logger.LogInformation("Starter catalogue imported: {Count} programmes", imported.New);
        }

        await index.RefreshAsync(cancellationToken: cancellationToken);
        logger.LogInformation("Search index ready: {Count} programmes", index.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
