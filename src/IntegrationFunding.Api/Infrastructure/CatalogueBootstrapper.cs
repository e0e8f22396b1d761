using IntegrationFunding.Crawler.Starter;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Storage.Catalogue;
using IntegrationFunding.Storage.Programmes;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// On start: an empty database gets the starter data (the hand-checked catalogue, its gaps filled from its own
/// text, and the integration-relevant real Förderdatenbank programmes of the shipped sample that the catalogue
/// lacks), each through the <see cref="ProgrammeWriter"/> like any import or crawl; then the search index is built.
/// </summary>
internal sealed class CatalogueBootstrapper(
    ProgrammeStore store, ProgrammeWriter writer, StarterProgrammes starter, SearchIndex index, ILogger<CatalogueBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await store.CountAsync(cancellationToken) == 0)
        {
            var set = starter.Compose(ReadCatalogue(), cancellationToken);
            // One transaction: a start that stops half-way leaves an empty database, so the next start imports again.
            var applied = await writer.ApplyAsync([.. set.Catalogue, .. set.Foerderdatenbank], "import:starter-catalogue", cancellationToken);
            logger.LogInformation(
                "Starter data imported: {New} programmes ({Catalogue} catalogue, {Fdb} Förderdatenbank; {Duplicates} already in the catalogue)",
                applied.New, set.Catalogue.Count, set.Foerderdatenbank.Count, set.Duplicates);
        }

        await index.RefreshAsync(cancellationToken: cancellationToken);
        logger.LogInformation("Search index ready: {Count} programmes", index.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IReadOnlyList<Domain.Programmes.Programme> ReadCatalogue()
    {
        using var stream = typeof(CatalogueImporter).Assembly.GetManifestResourceStream(CatalogueImporter.StarterResource)
            ?? throw new InvalidOperationException("The starter catalogue is not embedded.");
        using var text = new StreamReader(stream);
        return CatalogueReader.Read(text.ReadToEnd(), "starter-programmes.yaml");
    }
}
