using System.Net;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// The crawler's one HttpClient: SocketsHttpHandler without automatic redirects (the fetcher follows them and
/// checks each host), decompression, pooled connections renewed every few minutes, the identifying User-Agent.
/// Timeouts come from the resilience pipeline, not from the client.
/// </summary>
public sealed class CrawlerHttp : IDisposable
{
    public CrawlerHttp(IOptions<CrawlerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.Value.RequestTimeout,
            UseCookies = false,
        };
        Client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        Client.DefaultRequestHeaders.UserAgent.ParseAdd(options.Value.UserAgent);
        Client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,application/zip;q=0.8,*/*;q=0.5");
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
