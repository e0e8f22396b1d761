using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Storage.Crawls;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// The shared path of sources that come as one bulk file (the export ZIP, the programme table), by URL through
/// the polite fetcher (robots.txt, rate limit, conditional GET, size limit <c>Crawler:MaxExportBytes</c>) or
/// from a local path (<c>exportPath</c>). An unchanged file (304 or same hash) is not read again and keeps its
/// ids seen; a failed download or a missing file is fatal. The cache entry is written only when the read
/// produced no fatal failure.
/// </summary>
public sealed class BulkFileHarvest(PageFetcher fetcher, TimeProvider timeProvider, IOptions<CrawlerOptions> options)
{
    public async Task<SourceHarvest> RunAsync(
        HarvestContext context, Action<SourceHarvest, string, byte[]> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(read);
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

        read(harvest, location, bytes.Value.Body);
        if (harvest.Fatal is null)
        {
            var payload = PagePayload.WriteIds(harvest.SeenIds.Order(StringComparer.Ordinal));
            harvest.PageUpdates.Add(new CachedPage(source.Id, location, PageRoles.Export, bytes.Value.ETag, bytes.Value.LastModified, hash,
                source.Fingerprint, payload, timeProvider.GetUtcNow()));
        }

        return harvest;
    }

    private async Task<(byte[]? Body, string? ETag, string? LastModified)?> LoadAsync(
        HarvestContext context, SourceHarvest harvest, string location, CachedPage? cached, CancellationToken cancellationToken)
    {
        if (context.Source.ExportPath is { } path)
        {
            if (!File.Exists(path))
            {
                harvest.FailFatally(path, FailureKinds.Network, $"Datei {path} nicht gefunden.");
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
            harvest.FailFatally(location, result.FailureKind!, $"Datei nicht abrufbar: {result.FailureReason}");
            return null;
        }

        harvest.Pages.Fetched++;
        return (result.Body, result.ETag, result.LastModified);
    }
}
