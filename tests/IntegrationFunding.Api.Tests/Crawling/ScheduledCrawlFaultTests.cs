using System.IO.Compression;
using System.Net;
using System.Text;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Storage.Crawls;
using IntegrationFunding.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IntegrationFunding.Api.Tests.Crawling;

/// <summary>
/// Scheduled crawls in the real web host against a loopback fault server: a page with a corrupt gzip body, and a
/// crawl whose completion handler throws. Each failed run is logged and tried again at the next tick; the host
/// never stops and keeps answering.
/// </summary>
public sealed class ScheduledCrawlFaultTests : IAsyncLifetime
{
    private readonly TempDirectory _config = new();
    private readonly ApiApplication _app = new();
    private LoopbackSiteServer _site = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSiteServer.StartAsync();
        _site.MapPage("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain");
        _site.MapPage("/liste.html", """<html><body><ul class="l"><li><a href="/kaputt.html">Kaputt</a></li></ul></body></html>""");
        _site.Map("/kaputt.html", async context =>
        {
            var body = Gzip("<html><body><article><h1>Sprachmittlung</h1></article></body></html>");
            body[10] = 0x07;   // first deflate block: reserved block type 3 – the stream cannot be decompressed
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(body);
        });
        await File.WriteAllTextAsync(_config.File("kaputt.yaml"), $$"""
            id: kaputt
            name: Kaputte Quelle (Test)
            kind: html
            defaults: { level: land, funder: Test, states: [DE-NW] }
            startUrls: [{{_site.BaseUrl.AbsoluteUri}}liste.html]
            allowedHosts: [127.0.0.1]
            list: { links: ul.l a }
            detail: { title: article h1 }
            """);
        _app.Settings["Crawler:ConfigDirectory"] = _config.Path;
        _app.Settings["Crawler:Politeness"] = "false";
        _app.Settings["Crawler:MaxRetries"] = "0";
        _app.Settings["Crawler:ScheduleEnabled"] = "true";
        _app.Settings["Crawler:Schedule"] = "0 3 * * *";   // daily; the accelerated clock makes each wait ~40 ms
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _app.DisposeAsync();
        _config.Dispose();
    }

    [Fact]
    public async Task CorruptGzipPage_InScheduledCrawls_IsLoggedAndRetried_HostKeepsServing()
    {
        using var host = Scheduled(_ => { });
        using var client = host.CreateClient();

        var runs = await WaitForRunsAsync(host, 2);

        Assert.All(runs, run => Assert.Contains(run.Failures, f => f.Kind == FailureKinds.Compression));
        await AssertServingAsync(host, client);
    }

    [Fact]
    public async Task ThrowingCrawlCompletion_IsRetriedNextTick_HostKeepsServing()
    {
        var handler = new ThrowingHandler();
        using var host = Scheduled(services => services.AddSingleton<ICrawlCompletedHandler>(handler));
        using var client = host.CreateClient();

        await WaitForRunsAsync(host, 3);
        for (var i = 0; i < 200 && handler.Calls < 3; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(handler.Calls >= 3, $"only {handler.Calls} scheduled crawls reached their completion");
        await AssertServingAsync(host, client);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Scheduled(Action<IServiceCollection> configure) =>
        _app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new AcceleratedTimeProvider(_app.Time.GetUtcNow()));
            configure(services);
        }));

    private static async Task<IReadOnlyList<CrawlRunRecord>> WaitForRunsAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, int count)
    {
        var log = host.Services.GetRequiredService<CrawlRunLog>();
        for (var i = 0; i < 400; i++)
        {
            var runs = await log.LatestAsync("kaputt", count);
            if (runs.Count >= count)
            {
                return runs;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"fewer than {count} scheduled crawl runs were logged");
    }

    private static async Task AssertServingAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, HttpClient client)
    {
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, "the host was told to stop");
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var search = await client.GetAsync(new Uri("/api/v1/programmes?q=Sprache", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private sealed class ThrowingHandler : ICrawlCompletedHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task OnCrawlCompletedAsync(IReadOnlyList<CrawlReport> reports, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException("Index-Aktualisierung kaputt (Test)");
        }
    }
}
