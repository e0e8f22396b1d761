using System.Net;
using System.Security.Cryptography;
using IntegrationFunding.Crawler.Sources;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// Fetches one page politely and resiliently: only http/https on allowed hosts, robots.txt, per-host rate,
/// redirects followed by hand (limit + host check), conditional GET, bounded body, charset decoding, bot-wall
/// detection. Never throws for a page's failure; only cancellation propagates.
/// </summary>
public sealed partial class PageFetcher(
    CrawlerHttp http, HostPipelines pipelines, HostRateLimiters rateLimiters, RobotsCache robots, IOptions<CrawlerOptions> options)
{
    private CrawlerOptions Options => options.Value;

    public async Task<FetchResult> FetchAsync(FetchRequest request, SourceDefinition source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(source);
        var url = request.Url;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var hop = 0; ; hop++)
        {
            if (Refuse(url, source) is { } refused)
            {
                return refused with { RequestedUrl = request.Url };
            }

            var robotsTxt = await robots.GetAsync(url, cancellationToken);
            if (robotsTxt.UnavailableKind is { } unavailable)
            {
                return FetchResult.Fail(request.Url, unavailable, robotsTxt.UnavailableReason!);
            }

            if (!robotsTxt.IsAllowed(Options.UserAgent, url.PathAndQuery))
            {
                return FetchResult.Fail(request.Url, FailureKinds.Robots, $"robots.txt verbietet {url.PathAndQuery}.");
            }

            if (Options.Politeness)
            {
                var crawlDelay = robotsTxt.CrawlDelay(Options.UserAgent) ?? TimeSpan.Zero;
                var delay = Max(source.Rate.EffectiveDelay, crawlDelay < Options.MaxCrawlDelay ? crawlDelay : Options.MaxCrawlDelay);
                await rateLimiters.WaitAsync(url, delay, cancellationToken);
            }

            visited.Add(url.AbsoluteUri);
            var attempt = await SendAsync(url, hop == 0 ? request : request with { ETag = null, LastModified = null }, cancellationToken);
            if (attempt.Result is { } done)
            {
                return done with { RequestedUrl = request.Url };
            }

            using var response = attempt.Response!;
            if (IsRedirect(response.StatusCode))
            {
                var location = response.Headers.Location;
                if (location is null)
                {
                    return FetchResult.Fail(request.Url, FailureKinds.Redirect, $"Weiterleitung ({(int)response.StatusCode}) ohne Ziel.", (int)response.StatusCode);
                }

                var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (hop + 1 > Options.MaxRedirects || visited.Contains(next.AbsoluteUri))
                {
                    return FetchResult.Fail(request.Url, FailureKinds.Redirect,
                        visited.Contains(next.AbsoluteUri) ? $"Weiterleitungsschleife bei {next}." : $"Mehr als {Options.MaxRedirects} Weiterleitungen.");
                }

                url = next;
                continue;
            }

            return await CompleteAsync(request, url, response, attempt.Attempts, cancellationToken);
        }
    }

    private static FetchResult? Refuse(Uri url, SourceDefinition source)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return FetchResult.Fail(url, FailureKinds.Scheme, $"Nur http und https werden abgerufen, nicht {url.Scheme}.");
        }

        return source.IsHostAllowed(url)
            ? null
            : FetchResult.Fail(url, FailureKinds.HostNotAllowed, $"Host {url.Host} ist für die Quelle {source.Id} nicht erlaubt (allowedHosts).");
    }

    private static async Task<FetchResult> CompleteAsync(FetchRequest request, Uri finalUrl, HttpResponseMessage response, int attempts, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult
            {
                Status = FetchStatus.NotModified, RequestedUrl = request.Url, FinalUrl = finalUrl, HttpStatus = status,
                ETag = etag ?? request.ETag, LastModified = lastModified ?? request.LastModified, Attempts = attempts,
            };
        }

        if (!response.IsSuccessStatusCode)
        {
            var reason = $"HTTP {status} {response.ReasonPhrase}".TrimEnd() + (attempts > 1 ? $" nach {attempts} Versuchen" : "") + ".";
            return FetchResult.Fail(request.Url, FailureKinds.Http, reason, status) with { FinalUrl = finalUrl, Attempts = attempts };
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType;
        var text = IsText(contentType?.MediaType) ? PageDecoder.Decode(body, contentType?.CharSet) : null;
        if (text is not null && BotWallDetector.IsBotWall(text, out var marker))
        {
            return FetchResult.Fail(request.Url, FailureKinds.BotWall, $"Bot-Schutz statt Inhalt (\"{marker}\", {body.Length} Bytes).", status)
                with { FinalUrl = finalUrl, Attempts = attempts };
        }

        return new FetchResult
        {
            Status = FetchStatus.Ok, RequestedUrl = request.Url, FinalUrl = finalUrl, HttpStatus = status, Body = body, Text = text,
            ContentType = contentType?.MediaType, ETag = etag, LastModified = lastModified,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(body)), Attempts = attempts,
        };
    }

    private static bool IsText(string? mediaType) =>
        mediaType is null || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("html", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsRedirect(HttpStatusCode code) =>
        code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
