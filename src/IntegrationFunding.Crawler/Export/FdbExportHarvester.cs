using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Storage.Crawls;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Export;

/// <summary>
/// Harvests the Förderdatenbank bulk export (ZIP by URL or local path). An unchanged ZIP (304 or same hash)
/// is not parsed again; an unreadable ZIP, a failed download or an export without programmes is fatal.
/// </summary>
public sealed class FdbExportHarvester(
    PageFetcher fetcher, FdbProgrammeMapper mapper, TimeProvider timeProvider, IOptions<CrawlerOptions> options) : ISourceHarvester
{
    public string Kind => SourceKinds.FdbExport;

    public async Task<SourceHarvest> HarvestAsync(HarvestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var source = context.Source;
        var harvest = new SourceHarvest();
        var location = source.ExportPath ?? source.StartUrls[0].AbsoluteUri;
        var cached = context.Cache.GetValueOrDefault(location);
        var usable = cached is { Role: PageRoles.Export } && cached.ConfigHash == source.Fingerprint;
        var bytes = await LoadAsync(context, harvest, location, usable ? cached : null, cancellationToken);
        if (bytes is null)
        {
            return harvest;
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.Value.Body ?? []));
        var cachedIds = usable ? PagePayload.ReadIds(cached!.Payload) : [];
        if (usable && (bytes.Value.Body is null || hash == cached!.ContentHash) && cachedIds.All(context.KnownIds.Contains))
        {
            harvest.Pages.Unchanged++;
            harvest.SeenIds.UnionWith(cachedIds);
            harvest.PageUpdates.Add(cached! with { FetchedAt = timeProvider.GetUtcNow() });
            return harvest;
        }

        if (bytes.Value.Body is null)
        {
            harvest.FailFatally(location, FailureKinds.Http, "304 ohne verwendbaren Zwischenstand.");
            return harvest;
        }

        if (cached is null)
        {
            harvest.Pages.New++;
        }
        else
        {
            harvest.Pages.Changed++;
        }

        ReadArchive(context, harvest, location, bytes.Value.Body, cancellationToken);
        if (harvest.Fatal is null)
        {
            var payload = PagePayload.WriteIds(harvest.SeenIds.Order(StringComparer.Ordinal));
            harvest.PageUpdates.Add(new CachedPage(source.Id, location, PageRoles.Export, bytes.Value.ETag, bytes.Value.LastModified, hash,
                source.Fingerprint, payload, timeProvider.GetUtcNow()));
        }

        return harvest;
    }

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

    private async Task<(byte[]? Body, string? ETag, string? LastModified)?> LoadAsync(
        HarvestContext context, SourceHarvest harvest, string location, CachedPage? cached, CancellationToken cancellationToken)
    {
        if (context.Source.ExportPath is { } path)
        {
            if (!File.Exists(path))
            {
                harvest.FailFatally(path, FailureKinds.Network, $"Exportdatei {path} nicht gefunden.");
                return null;
            }

            harvest.Pages.Fetched++;
            return (await File.ReadAllBytesAsync(path, cancellationToken), null, null);
        }

        var result = await fetcher.FetchAsync(
            new FetchRequest(new Uri(location), cached?.ETag, cached?.LastModified, options.Value.MaxExportBytes), context.Source, cancellationToken);
        if (result.Status is not (FetchStatus.Ok or FetchStatus.NotModified))
        {
            harvest.Pages.Failed++;
            harvest.FailFatally(location, result.FailureKind!, $"Export nicht abrufbar: {result.FailureReason}");
            return null;
        }

        harvest.Pages.Fetched++;
        return (result.Body, result.ETag, result.LastModified);
    }
}
