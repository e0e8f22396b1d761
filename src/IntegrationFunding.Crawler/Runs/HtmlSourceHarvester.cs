using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Crawler.Parsing;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Storage.Crawls;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// Crawls an <c>html</c> source: list pages with paging → detail pages → labelled texts → extraction →
/// programmes. A failing list page, a bot wall or list selectors matching nothing make the run fatal.
/// Unchanged pages (304 or same hash, same source definition) are not parsed again.
/// </summary>
public sealed partial class HtmlSourceHarvester(
    PageFetcher fetcher, HtmlProgrammeMapper mapper, TimeProvider timeProvider, IOptions<CrawlerOptions> options) : ISourceHarvester
{
    public string Kind => SourceKinds.Html;

    public async Task<SourceHarvest> HarvestAsync(HarvestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var harvest = new SourceHarvest();
        var source = context.Source;
        var details = new List<Uri>();
        if (source.List is null)
        {
            details.AddRange(source.StartUrls);
        }
        else
        {
            await WalkListsAsync(context, harvest, details, cancellationToken);
            if (harvest.Fatal is not null)
            {
                return harvest;
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var limit = options.Value.MaxPagesPerSource;
        foreach (var url in details.Where(u => seen.Add(u.AbsoluteUri)).Take(limit))
        {
            await HarvestDetailAsync(context, harvest, url, cancellationToken);
            context.Progress?.Report(new CrawlProgress(source.Id, url.AbsolutePath, harvest.Pages.Fetched, details.Count));
            if (harvest.Fatal is not null)
            {
                return harvest;
            }
        }

        if (harvest.Programmes.Count == 0 && harvest.Pages.Unchanged == 0)
        {
            harvest.FailFatally(source.StartUrls.Count > 0 ? source.StartUrls[0].AbsoluteUri : source.Id, FailureKinds.Empty,
                harvest.Pages.Fetched == 0 && harvest.Pages.Failed > 0
                    ? "Keine einzige Seite abrufbar (siehe Fehlerliste). Bekannte Programme bleiben unverändert."
                    : "Kein einziges Programm gefunden – Quelle leer oder Markup geändert? Bekannte Programme bleiben unverändert.");
        }

        return harvest;
    }

    private async Task WalkListsAsync(HarvestContext context, SourceHarvest harvest, List<Uri> details, CancellationToken cancellationToken)
    {
        var source = context.Source;
        var queue = new Queue<Uri>(source.StartUrls);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pages = 0;
        while (queue.TryDequeue(out var url) && pages < source.List!.MaxPages)
        {
            if (!visited.Add(url.AbsoluteUri))
            {
                continue;
            }

            pages++;
            context.Progress?.Report(new CrawlProgress(source.Id, $"Liste {pages}", harvest.Pages.Fetched, details.Count));
            var list = await ReadListAsync(context, harvest, url, cancellationToken);
            if (list is null)
            {
                return;
            }

            details.AddRange(list.DetailLinks.Where(source.IsHostAllowed));
            if (list.Next is { } next && source.IsHostAllowed(next))
            {
                queue.Enqueue(next);
            }
        }
    }

    private async Task<ListPage?> ReadListAsync(HarvestContext context, SourceHarvest harvest, Uri url, CancellationToken cancellationToken)
    {
        var source = context.Source;
        var cached = context.Cache.GetValueOrDefault(url.AbsoluteUri);
        var usable = cached is { Role: PageRoles.List } && cached.ConfigHash == source.Fingerprint;
        var result = await fetcher.FetchAsync(new FetchRequest(url, usable ? cached!.ETag : null, usable ? cached!.LastModified : null), source, cancellationToken);
        if (result.Status is not (FetchStatus.Ok or FetchStatus.NotModified))
        {
            harvest.Pages.Failed++;
            harvest.FailFatally(url.AbsoluteUri, result.FailureKind!, $"Listenseite nicht lesbar: {result.FailureReason}");
            return null;
        }

        harvest.Pages.Fetched++;
        if (usable && (result.Status == FetchStatus.NotModified || result.ContentHash == cached!.ContentHash))
        {
            harvest.Pages.Unchanged++;
            harvest.PageUpdates.Add(cached! with { FetchedAt = timeProvider.GetUtcNow() });
            return PagePayload.ReadList(cached!.Payload);
        }

        CountChange(harvest, cached);
        ListPage list;
        try
        {
            var document = await HtmlDocumentLoader.LoadAsync(result.Text ?? "", result.FinalUrl, ParseLimits.From(options.Value), cancellationToken);
            list = ListPageParser.Parse(document, source.List!);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            harvest.FailFatally(url.AbsoluteUri, FailureKinds.Parse, $"Listenseite nicht lesbar: {PageFailure.Describe(ex)}");
            return null;
        }

        if (!list.LinkSelectorMatched)
        {
            harvest.FailFatally(url.AbsoluteUri, FailureKinds.Selectors,
                $"Kein Treffer für Selektor '{source.List!.Links}' auf der Listenseite – Markup geändert?");
            return null;
        }

        harvest.PageUpdates.Add(ToCache(source, url, PageRoles.List, result, PagePayload.WriteList(list)));
        return list;
    }

    private CachedPage ToCache(SourceDefinition source, Uri url, string role, FetchResult result, string payload) =>
        new(source.Id, url.AbsoluteUri, role, result.ETag, result.LastModified, result.ContentHash ?? "", source.Fingerprint, payload, timeProvider.GetUtcNow());

    private static void CountChange(SourceHarvest harvest, CachedPage? cached)
    {
        if (cached is null)
        {
            harvest.Pages.New++;
        }
        else
        {
            harvest.Pages.Changed++;
        }
    }
}
