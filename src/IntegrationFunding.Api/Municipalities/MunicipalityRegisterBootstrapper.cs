using IntegrationFunding.Storage.Municipalities;

namespace IntegrationFunding.Api.Municipalities;

/// <summary>On start: imports the shipped register edition into an empty database.</summary>
internal sealed class MunicipalityRegisterBootstrapper(MunicipalityImporter importer, ILogger<MunicipalityRegisterBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await importer.ImportDefaultIfEmptyAsync(cancellationToken) is { } data)
        {
            logger.LogInformation("Municipality register imported: {Count} records, Gebietsstand {Gebietsstand}", data.Entries.Count, data.Edition.Gebietsstand);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
