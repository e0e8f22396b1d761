using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Crawler.Parsing;

namespace IntegrationFunding.Crawler.Runs;

public sealed partial class HtmlSourceHarvester
{
    private async Task HarvestDetailAsync(HarvestContext context, SourceHarvest harvest, Uri url, CancellationToken cancellationToken)
    {
        var source = context.Source;
        var id = ProgrammeIds.ForUrl(source.Id, url, source.Detail!.IdPathPrefix);
        var cached = context.Cache.GetValueOrDefault(url.AbsoluteUri);
        var reusable = cached is { Role: PageRoles.Detail } && cached.ConfigHash == source.Fingerprint && context.KnownIds.Contains(id);
        var result = await fetcher.FetchAsync(new FetchRequest(url, reusable ? cached!.ETag : null, reusable ? cached!.LastModified : null), source, cancellationToken);
        if (result.Status is not (FetchStatus.Ok or FetchStatus.NotModified))
        {
            harvest.Pages.Failed++;
            harvest.SeenIds.Add(id);
            if (result.Status == FetchStatus.BotWall)
            {
                harvest.FailFatally(url.AbsoluteUri, result.FailureKind!, result.FailureReason!);
            }
            else
            {
                harvest.Fail(url.AbsoluteUri, result.FailureKind!, result.FailureReason!);
            }

            return;
        }

        harvest.Pages.Fetched++;
        if (reusable && (result.Status == FetchStatus.NotModified || result.ContentHash == cached!.ContentHash))
        {
            harvest.Pages.Unchanged++;
            harvest.SeenIds.Add(id);
            harvest.PageUpdates.Add(cached! with { ETag = result.ETag ?? cached.ETag, LastModified = result.LastModified ?? cached.LastModified, FetchedAt = timeProvider.GetUtcNow() });
            return;
        }

        if (result.Status == FetchStatus.NotModified)
        {
            // The server answered 304 although we sent no validators we could use; fetch it plainly.
            result = await fetcher.FetchAsync(new FetchRequest(url), source, cancellationToken);
            if (result.Status != FetchStatus.Ok)
            {
                harvest.Pages.Failed++;
                harvest.SeenIds.Add(id);
                harvest.Fail(url.AbsoluteUri, result.FailureKind ?? FailureKinds.Http, result.FailureReason ?? "Seite ohne Inhalt.");
                return;
            }
        }

        CountChange(harvest, cached);
        harvest.SeenIds.Add(id);
        Domain.Programmes.Programme? programme;
        try
        {
            var document = await HtmlDocumentLoader.LoadAsync(result.Text ?? "", result.FinalUrl, ParseLimits.From(options.Value), cancellationToken);
            var page = DetailPageParser.Parse(document, source.Detail!);
            programme = mapper.Map(source, url, page, timeProvider.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever one page does to the parser or the extraction, it ends as this page's failure, never the crawl's.
            harvest.Pages.Failed++;
            harvest.Fail(url.AbsoluteUri, FailureKinds.Parse, PageFailure.Describe(ex));
            return;
        }

        if (programme is null)
        {
            harvest.Pages.Failed++;
            harvest.Fail(url.AbsoluteUri, FailureKinds.Selectors, $"Kein Treffer für Titel-Selektor '{source.Detail!.Title}' – Markup geändert? Programm bleibt unverändert.");
            return;
        }

        harvest.Programmes.Add(programme);
        harvest.PageUpdates.Add(ToCache(source, url, PageRoles.Detail, result, PagePayload.WriteIds([programme.Id])));
    }
}
