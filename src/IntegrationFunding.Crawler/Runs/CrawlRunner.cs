using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Storage.Crawls;
using IntegrationFunding.Storage.Programmes;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// Runs one source: harvest without writing, then (only if the harvest is not fatal) apply all programmes in
/// one transaction, count missing programmes, save the page cache and record the run. A cancelled or failed
/// crawl leaves programmes, change events and page cache exactly as they were; the run itself is recorded.
/// </summary>
public sealed class CrawlRunner(
    IEnumerable<ISourceHarvester> harvesters,
    ProgrammeStore store,
    ProgrammeWriter writer,
    CrawlPageCache pageCache,
    CrawlRunLog runLog,
    TimeProvider timeProvider)
{
    public async Task<CrawlReport> RunAsync(SourceDefinition source, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var started = timeProvider.GetUtcNow();
        var harvester = harvesters.FirstOrDefault(h => h.Kind == source.Kind)
            ?? throw new InvalidOperationException($"Keine Crawler-Art '{source.Kind}' registriert.");
        SourceHarvest harvest;
        try
        {
            var cache = await pageCache.GetAllAsync(source.Id, cancellationToken);
            var known = (await store.GetAllAsync(cancellationToken))
                .Where(p => p.Sources.Any(s => s.SourceId == source.Id)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            harvest = await harvester.HarvestAsync(new HarvestContext(source, cache, known, progress), cancellationToken);
            if (harvest.Fatal is not null)
            {
                return await RecordAsync(source, started, CrawlStatuses.Failed, harvest, null, [],
                    $"Fehlgeschlagen, nichts geändert: {harvest.Fatal}" + OpenCircuits.Describe(harvest.Failures));
            }

            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new CrawlProgress(source.Id, "Speichern", harvest.Pages.Fetched, harvest.Pages.Fetched));
            var applied = await writer.ApplyAsync(harvest.Programmes, $"crawl:{source.Id}", cancellationToken);
            var removed = await writer.RecordMissingAsync(source.Id, harvest.SeenIds, source.RemovalThreshold, CancellationToken.None);
            await pageCache.SaveAsync(harvest.PageUpdates, CancellationToken.None);
            // Links robots.txt forbids are reported but expected; every other failed page makes the run partial.
            var failedPages = harvest.Failures.Count(f => f.Kind != Fetching.FailureKinds.Robots);
            var status = failedPages == 0 ? CrawlStatuses.Succeeded : CrawlStatuses.Partial;
            var message = status == CrawlStatuses.Succeeded
                ? $"{applied.New} neu, {applied.Changed} geändert, {applied.Unchanged + harvest.Pages.Unchanged} unverändert, {removed.Count} entfernt."
                : $"Teilweise: {failedPages} Seiten fehlgeschlagen (deren Programme bleiben unverändert); {applied.New} neu, {applied.Changed} geändert."
                    + OpenCircuits.Describe(harvest.Failures);
            return await RecordAsync(source, started, status, harvest, applied, removed, message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await RecordAsync(source, started, CrawlStatuses.Cancelled, new SourceHarvest(), null, [], "Abgebrochen, nichts geändert.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect no page handler caught (a source kind, the store): the run is recorded as failed, not lost.
            var failed = new SourceHarvest();
            failed.FailFatally(source.Id, Fetching.FailureKinds.Internal, $"{ex.GetType().Name}: {ex.Message}");
            return await RecordAsync(source, started, CrawlStatuses.Failed, failed, null, [],
                $"Fehlgeschlagen, nichts geändert: unerwarteter Fehler ({ex.GetType().Name}: {ex.Message}).");
        }
    }

    private async Task<CrawlReport> RecordAsync(
        SourceDefinition source, DateTimeOffset started, string status, SourceHarvest harvest, ApplyResult? applied,
        IReadOnlyList<Domain.Changes.ChangeEvent> removed, string message)
    {
        var report = new CrawlReport
        {
            SourceId = source.Id,
            SourceName = source.Name,
            Status = status,
            StartedAt = started,
            FinishedAt = timeProvider.GetUtcNow(),
            Pages = harvest.Pages,
            ProgrammesNew = applied?.New ?? 0,
            ProgrammesChanged = applied?.Changed ?? 0,
            ProgrammesUnchanged = (applied?.Unchanged ?? 0) + (applied is null ? 0 : harvest.Pages.Unchanged),
            ProgrammesRemoved = removed.Count,
            Failures = harvest.Failures,
            Message = message,
            ChangeEvents = [.. applied?.Events ?? [], .. removed],
        };
        await runLog.RecordAsync(
            new CrawlRunRecord
            {
                SourceId = report.SourceId, StartedAt = report.StartedAt, FinishedAt = report.FinishedAt, Status = report.Status,
                PagesFetched = report.Pages.Fetched, PagesNew = report.Pages.New, PagesChanged = report.Pages.Changed,
                PagesUnchanged = report.Pages.Unchanged, PagesFailed = report.Pages.Failed, ProgrammesNew = report.ProgrammesNew,
                ProgrammesChanged = report.ProgrammesChanged, ProgrammesUnchanged = report.ProgrammesUnchanged,
                ProgrammesRemoved = report.ProgrammesRemoved, Message = report.Message, Failures = report.Failures,
            },
            CancellationToken.None);
        return report;
    }
}
