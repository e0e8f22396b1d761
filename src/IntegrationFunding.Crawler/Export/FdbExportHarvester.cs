using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;

namespace IntegrationFunding.Crawler.Export;

/// <summary>
/// Harvests the Förderdatenbank bulk export (ZIP by URL or local path). An unchanged ZIP (304 or same hash)
/// is not parsed again; an unreadable ZIP, a failed download or an export without programmes is fatal.
/// </summary>
public sealed class FdbExportHarvester(BulkFileHarvest bulk, FdbProgrammeMapper mapper, TimeProvider timeProvider) : ISourceHarvester
{
    public string Kind => SourceKinds.FdbExport;

    public Task<SourceHarvest> HarvestAsync(HarvestContext context, CancellationToken cancellationToken) =>
        bulk.RunAsync(context, (harvest, location, body) => ReadArchive(context, harvest, location, body, cancellationToken), cancellationToken);

    private void ReadArchive(HarvestContext context, SourceHarvest harvest, string location, byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new FdbArchive(new MemoryStream(body, writable: false));
            var fetchedAt = timeProvider.GetUtcNow();
            foreach (var entry in archive.ProgrammeEntries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var document = archive.Read(entry);
                    if (document.Type != "gsb:ServiceOffer")
                    {
                        continue;
                    }

                    var programme = mapper.Map(context.Source, document, archive, fetchedAt);
                    harvest.Programmes.Add(programme);
                    harvest.SeenIds.Add(programme.Id);
                }
                catch (System.Xml.XmlException ex)
                {
                    harvest.Pages.Failed++;
                    harvest.Fail(entry, FailureKinds.Parse, $"XML nicht lesbar: {ex.Message}");
                }

                context.Progress?.Report(new CrawlProgress(context.Source.Id, entry, harvest.Programmes.Count, harvest.Programmes.Count));
            }
        }
        catch (InvalidDataException ex)
        {
            harvest.FailFatally(location, FailureKinds.Parse, $"Export-ZIP nicht lesbar: {ex.Message}");
            return;
        }

        if (harvest.Programmes.Count == 0)
        {
            harvest.FailFatally(location, FailureKinds.Empty, "Der Export enthält kein einziges Förderprogramm – nichts geändert.");
        }
    }
}
