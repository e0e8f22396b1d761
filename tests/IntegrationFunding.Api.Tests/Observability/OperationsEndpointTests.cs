using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Api.Tests.Profiles;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Observability;

/// <summary>
/// <c>/healthz/ready</c> and <c>/metrics</c> on the real host, with a real crawl of a loopback site through the
/// host's CrawlService.
/// </summary>
public sealed partial class OperationsEndpointTests : IAsyncLifetime
{
    private const string SourceId = "ops-land";
    private readonly TempDirectory _config = new();
    private readonly ApiApplication _app = new();
    private LoopbackSiteServer _site = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSiteServer.StartAsync();
        _site.MapPage("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain");
        _site.MapPage("/liste.html", """<html lang="de"><body><ul class="l"><li><a href="/p.html">P</a><li><a href="/fehlt.html">F</a></ul></body></html>""");
        _site.MapPage("/p.html", """<html lang="de"><body><article><h1>Sprachmittlung Betriebstest</h1><div class="b"><h2>Antragsfrist</h2><p>bis zum 31.03.2027</p></div></article></body></html>""");
        await File.WriteAllTextAsync(_config.File(SourceId + ".yaml"), $$"""
            id: {{SourceId}}
            name: Betriebstest
            kind: html
            defaults:
              level: land
              funder: Testministerium
              states: [DE-NW]
            startUrls: [{{_site.BaseUrl.AbsoluteUri}}liste.html]
            allowedHosts: [127.0.0.1]
            list:
              links: ul.l li a
            detail:
              title: article h1
              sections: { scope: div.b, heading: h2 }
              labels:
                deadlines: [Antragsfrist]
            """);
        _app.UseLoopbackCrawler(_config.Path, maxRetries: 0);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _app.DisposeAsync();
        _config.Dispose();
    }

    [Fact]
    public async Task Ready_ReportsDatabaseIndexAndCrawlAge_AndLivenessIsUnchanged()
    {
        using var client = _app.CreateClient();

        var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var neverCrawled = await ReadyAsync(client);
        _site.MapPage("/fehlt.html", "<html lang=\"de\"><body><article><h1>Zweites Programm Betriebstest</h1><div class=\"b\"><h2>Antragsfrist</h2><p>bis zum 30.06.2027</p></div></article></body></html>");
        Assert.Equal(CrawlStatuses.Succeeded, Assert.Single(await CrawlAsync()).Status);
        var fresh = await ReadyAsync(client);
        _app.Time.Advance(TimeSpan.FromDays(3));
        var stale = await ReadyAsync(client);

        Assert.Equal("""{"status":"ok"}""", await live.Content.ReadAsStringAsync());
        Assert.Equal(("Degraded", "Healthy", "Healthy", "Degraded"), (neverCrawled.Status, Check(neverCrawled, "datenbank"), Check(neverCrawled, "suchindex"), Check(neverCrawled, "crawls")));
        Assert.Equal("nie", neverCrawled.Body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "crawls").GetProperty("data").GetProperty(SourceId).GetString());
        Assert.Equal(("Healthy", "Healthy"), (fresh.Status, Check(fresh, "crawls")));
        Assert.Equal("Degraded", Check(stale, "crawls"));
        Assert.Contains(SourceId, stale.Body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "crawls").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ExposeProductAspNetCoreAndRuntimeMeters()
    {
        using var client = _app.CreateClient();
        var searchesBefore = Value(await ScrapeAsync(client), "integrationfunding_api_searches", "channel=\"api\"");
        var key = await _app.NewKeyAsync("Betrieb");
        using var owner = _app.ClientWithKey(key);
        var profile = await owner.CreateProfileAsync();

        var report = Assert.Single(await CrawlAsync());
        (await client.GetAsync(new Uri("/api/v1/programmes?q=Sprache", UriKind.Relative))).EnsureSuccessStatusCode();
        (await owner.GetAsync(new Uri($"/api/v1/profiles/{profile}/matches", UriKind.Relative))).EnsureSuccessStatusCode();
        var metrics = await ScrapeAsync(client);

        Assert.True(Value(metrics, "integrationfunding_api_searches", "channel=\"api\"") >= searchesBefore + 1);
        Assert.True(Value(metrics, "integrationfunding_api_match_requests", "channel=\"api\"") >= 1);
        Assert.Equal(1, report.Pages.Failed);
        Assert.True(Value(metrics, "integrationfunding_api_crawl_failures", $"source=\"{SourceId}\"") >= 1);
        Assert.True(Value(metrics, "integrationfunding_api_crawl_pages", $"source=\"{SourceId}\"") >= 1);
        // The gauge observes the most recently started host of the process (others run in parallel here): a number ≥ 0.
        Assert.Matches("(?m)^integrationfunding_api_index_generation_lag [0-9]", metrics);
        Assert.Contains("microsoft_aspnetcore_hosting_http_server_request_duration_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("system_net_http_http_client_request_duration_bucket", metrics, StringComparison.Ordinal); // the crawler's HttpClient
        Assert.Contains("system_runtime_dotnet_gc_collections", metrics, StringComparison.Ordinal);
        Assert.Contains("process_cpu_seconds_total", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("private_internaldiagnostics", metrics, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<CrawlReport>> CrawlAsync()
    {
        var services = _app.Services;
        return await services.GetRequiredService<CrawlService>().RunAsync(services.GetRequiredService<SourceCatalog>().Load(), progress: null, CancellationToken.None);
    }

    private static async Task<(string Status, JsonElement Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (body.GetProperty("status").GetString()!, body);
    }

    private static string? Check((string Status, JsonElement Body) ready, string name) =>
        ready.Body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("status").GetString();

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of all samples of <paramref name="metric"/> whose labels contain <paramref name="label"/>.</summary>
    private static double Value(string metrics, string metric, string label) =>
        Sample().Matches(metrics)
            .Where(m => m.Groups["name"].Value == metric && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>\S+)$", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
