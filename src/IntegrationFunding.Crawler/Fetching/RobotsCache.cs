using System.Collections.Concurrent;
using System.Net;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// Fetches and caches robots.txt per origin. 4xx means no rules; 5xx or an unreachable server means
/// "disallow all" for this run (RFC 9309 §2.3.1.4), so a broken server is never crawled blindly.
/// </summary>
public sealed class RobotsCache(CrawlerHttp http, HostPipelines pipelines)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> _cache = new(StringComparer.Ordinal);

    /// <summary>Forgets every cached robots.txt (called at the start of each crawl).</summary>
    public void Clear() => _cache.Clear();

    public Task<RobotsTxt> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = url.GetLeftPart(UriPartial.Authority);
        return _cache.GetOrAdd(origin, o => new Lazy<Task<RobotsTxt>>(() => LoadAsync(new Uri(o + "/robots.txt"), cancellationToken))).Value;
    }

    private async Task<RobotsTxt> LoadAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await pipelines.For(robotsUrl).ExecuteAsync(
                async token =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, robotsUrl);
                    var received = await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                    await received.Content.LoadIntoBufferAsync(512 * 1024, token);
                    return received;
                },
                cancellationToken);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone || (int)response.StatusCode is >= 400 and < 500)
            {
                return RobotsTxt.AllowAll;
            }

            if (!response.IsSuccessStatusCode)
            {
                return (int)response.StatusCode is >= 300 and < 400
                    ? RobotsTxt.AllowAll
                    : Unavailable(robotsUrl, FailureKinds.Http, $"HTTP {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return RobotsTxt.Parse(PageDecoder.Decode(body, response.Content.Headers.ContentType?.CharSet));
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException)
        {
            return RobotsTxt.Unavailable(FailureKinds.CircuitOpen, CircuitOpen.Reason(robotsUrl));
        }
        catch (Polly.Timeout.TimeoutRejectedException)
        {
            return Unavailable(robotsUrl, FailureKinds.Timeout, "Zeitüberschreitung");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return Unavailable(robotsUrl, FailureKinds.Network, "Netzwerkfehler");
        }
    }

    private static RobotsTxt Unavailable(Uri robotsUrl, string kind, string what) =>
        RobotsTxt.Unavailable(kind, $"robots.txt von {robotsUrl.Authority} nicht lesbar ({what}): dieser Host wird in diesem Lauf nicht abgerufen.");
}
