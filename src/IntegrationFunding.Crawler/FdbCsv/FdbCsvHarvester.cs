using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// Harvests CorrelAid's weekly Förderdatenbank table (<c>programme.csv</c>, by URL or local path): every present
/// row is mapped, and the integration-relevant ones are kept (<see cref="IntegrationRelevance"/>). Rows marked
/// <c>absent</c> are left out and not counted as seen, so the usual missed-crawl rule removes them; an
/// unreadable table or one without a single present programme is fatal and changes nothing.
/// </summary>
public sealed class FdbCsvHarvester(BulkFileHarvest bulk, FdbCsvProgrammeMapper mapper, TimeProvider timeProvider) : ISourceHarvester
{
    public string Kind => SourceKinds.FdbCsv;

    public Task<SourceHarvest> HarvestAsync(HarvestContext context, CancellationToken cancellationToken) =>
        bulk.RunAsync(context, (harvest, location, body) => ReadTable(context, harvest, location, body, cancellationToken), cancellationToken);

    private void ReadTable(HarvestContext context, SourceHarvest harvest, string location, byte[] body, CancellationToken cancellationToken)
    {
        IReadOnlyList<FdbCsvRow> rows;
        try
        {
            rows = FdbCsvReader.Read(new MemoryStream(body, writable: false));
        }
        catch (FormatException ex)
        {
            harvest.FailFatally(location, FailureKinds.Parse, ex.Message);
            return;
        }

        var present = rows.Where(r => !r.Absent).ToList();
        if (present.Count == 0)
        {
            harvest.FailFatally(location, FailureKinds.Empty, "Die Tabelle enthält kein einziges aktuelles Förderprogramm – nichts geändert.");
            return;
        }

        var fetchedAt = timeProvider.GetUtcNow();
        var done = 0;
        foreach (var selected in FdbCsvSelection.Relevant(mapper, context.Source, present, fetchedAt, cancellationToken))
        {
            harvest.Programmes.Add(selected);
            harvest.SeenIds.Add(selected.Id);
            context.Progress?.Report(new CrawlProgress(context.Source.Id, selected.Url, ++done, present.Count));
        }
    }
}
