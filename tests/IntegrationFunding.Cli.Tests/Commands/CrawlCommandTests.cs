using IntegrationFunding.TestKit;

namespace IntegrationFunding.Cli.Tests.Commands;

public sealed class CrawlCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string> _environment = [];
    private LoopbackSiteServer _site = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSiteServer.StartAsync();
        _site.MapPage("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain");
        _site.MapPage("/liste.html", """<html><body><ul class="teaser-list"><li class="teaser"><a href="/p/sprachcafe.html">Sprachcafé</a></li></ul></body></html>""");
        _site.MapPage("/p/sprachcafe.html", """
            <html lang="de"><body><article><h1>Sprachcafé im Quartier</h1><div class="article-body">
            <h2>Worum geht es?</h2><p>Gefördert werden Sprachcafés für Geflüchtete.</p>
            <h2>Antragsfrist</h2><p>Anträge können laufend gestellt werden.</p>
            </div></article></body></html>
            """);
        var config = Directory.CreateDirectory(Path.Combine(_directory.Path, "sources")).FullName;
        await File.WriteAllTextAsync(Path.Combine(config, "cli-land.yaml"), $$"""
            id: cli-land
            name: Testministerium
            kind: html
            defaults: { level: land, funder: Testministerium, states: [DE-HE] }
            startUrls: [{{_site.BaseUrl.AbsoluteUri}}liste.html]
            allowedHosts: [127.0.0.1]
            list: { links: ul.teaser-list li.teaser a }
            detail:
              title: article h1
              sections: { scope: div.article-body, heading: h2 }
              labels: { summary: [Worum geht es?], deadlines: [Antragsfrist] }
            """);
        _environment["Storage__DatabasePath"] = _directory.File("crawl.db");
        _environment["Crawler__ConfigDirectory"] = config;
        _environment["Crawler__Politeness"] = "false";
        _environment["Crawler__MaxRetries"] = "1";
        _environment["Crawler__RetryBaseDelay"] = "00:00:00.010";
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Crawl_Source_ExitsZeroAndASecondRunChangesNothing()
    {
        var first = await CliProcess.RunAsync(_environment, "crawl", "--source", "cli-land");
        var second = await CliProcess.RunAsync(_environment, "crawl", "--source", "cli-land");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("cli-land: erfolgreich", first.Output, StringComparison.Ordinal);
        Assert.Contains("Programme 1 neu, 0 geändert", first.Output, StringComparison.Ordinal);
        Assert.Contains("gleich 2", second.Output, StringComparison.Ordinal);
        Assert.Contains("Programme 0 neu, 0 geändert", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_FailingSource_ExitsOneAndSaysSo()
    {
        _site.Map("/liste.html", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });

        var result = await CliProcess.RunAsync(_environment, "crawl", "--all");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cli-land: FEHLGESCHLAGEN", result.Output, StringComparison.Ordinal);
        Assert.Contains("Crawl fehlgeschlagen für: cli-land", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crawl")]
    [InlineData("crawl", "--source", "gibt-es-nicht")]
    [InlineData("crawl", "--source", "cli-land", "--all")]
    public async Task Crawl_BadUsage_ExitsTwo(params string[] args)
    {
        var result = await CliProcess.RunAsync(_environment, args);

        Assert.Equal(2, result.ExitCode);
    }
}
