using System.Text;
using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace IntegrationFunding.Crawler.Tests.Runs;

/// <summary>Every fault is survived and reported; programmes known before stay as they were.</summary>
public sealed class FaultTests
{
    private const string KimPath = "/land/foerderung/kommunales-integrationsmanagement.html";
    private const string KimId = "fixture-land-land-foerderung-kommunales-integrationsmanagement";

    private static string Kim(CrawlerHarness h) => FixtureSite.Page(h.Site, FixtureSite.Read("land/kommunales-integrationsmanagement.html"));

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_IsRetriedAndSucceeds()
    {
        await using var h = await CrawlerHarness.StartAsync();
        var calls = 0;
        h.Site.Map(KimPath, context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync(Kim(h));
        });

        var report = await h.CrawlAsync("fixture-land");

        Assert.Equal(CrawlStatuses.Succeeded, report.Status);
        Assert.Equal(2, calls);
        Assert.NotNull(await h.Db.Store.GetAsync(KimId));
    }

    [Fact]
    public async Task ServiceUnavailableBurst_IsRetriedAndSucceeds()
    {
        await using var h = await CrawlerHarness.StartAsync();
        var calls = 0;
        h.Site.Map(KimPath, context =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                context.Response.StatusCode = 503;
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync(Kim(h));
        });

        var report = await h.CrawlAsync("fixture-land");

        Assert.Equal(CrawlStatuses.Succeeded, report.Status);
        Assert.Equal(3, calls);
    }

    public static TheoryData<string, string> DetailFaults => new()
    {
        { "timeout", FailureKinds.Timeout },
        { "reset", FailureKinds.Network },
        { "truncated", FailureKinds.Network },
        { "huge", FailureKinds.TooLarge },
        { "loop", FailureKinds.Redirect },
        { "503", FailureKinds.Http },
        { "offsite", FailureKinds.HostNotAllowed },
    };

    [Theory]
    [MemberData(nameof(DetailFaults))]
    public async Task DetailPageFault_IsReported_AndKnownProgrammeStays(string fault, string expectedKind)
    {
        await using var h = await CrawlerHarness.StartAsync(new Dictionary<string, string?> { ["Crawler:RequestTimeout"] = "00:00:00.300" });
        await h.CrawlAsync("fixture-land");
        var before = Json(await h.Db.Store.GetAsync(KimId));
        h.Site.Map(KimPath, Fault(fault));

        var report = await h.CrawlAsync("fixture-land");

        Assert.Equal(CrawlStatuses.Partial, report.Status);
        var failure = Assert.Single(report.Failures, f => f.Kind != FailureKinds.Robots);
        Assert.Equal(expectedKind, failure.Kind);
        Assert.Equal(before, Json(await h.Db.Store.GetAsync(KimId)));
        Assert.Equal(0, report.ProgrammesRemoved);
        var recorded = (await h.RunLog.LatestAsync("fixture-land", 1))[0];
        Assert.Equal(expectedKind, Assert.Single(recorded.Failures, f => f.Kind != FailureKinds.Robots).Kind);
    }

    public static TheoryData<string, string> ListFaults => new()
    {
        { "botwall", FailureKinds.BotWall },
        { "markup", FailureKinds.Selectors },
        { "500", FailureKinds.Http },
    };

    [Theory]
    [MemberData(nameof(ListFaults))]
    public async Task ListPageFault_FailsLoudly_AndChangesNoProgramme(string fault, string expectedKind)
    {
        await using var h = await CrawlerHarness.StartAsync();
        await h.CrawlAsync("fixture-land");
        var before = await ChangeTrackingTests.Snapshot(h);
        h.Site.Map("/land/programme.html", Fault(fault));

        for (var run = 0; run < 4; run++)
        {
            var report = await h.CrawlAsync("fixture-land");
            Assert.Equal(CrawlStatuses.Failed, report.Status);
            Assert.Equal(expectedKind, report.Failures[0].Kind);
            Assert.StartsWith("Fehlgeschlagen, nichts geändert", report.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await ChangeTrackingTests.Snapshot(h));
        Assert.Equal(2, (await h.Db.Store.GetAllAsync()).Count);
    }

    [Fact]
    public async Task RobotsDisallowedLink_IsNotFetched()
    {
        await using var h = await CrawlerHarness.StartAsync();
        h.Site.MapPage("/private/entwurf.html", "<html><body><article><h1>Geheim</h1></article></body></html>");

        var report = await h.CrawlAsync("fixture-land");

        Assert.Equal(0, h.Site.Hits("/private/entwurf.html"));
        Assert.Contains(report.Failures, f => f.Kind == FailureKinds.Robots);
        Assert.Equal(2, report.ProgrammesNew);
    }

    [Fact]
    public async Task Latin1Page_IsDecodedFromTheCharsetHeader()
    {
        await using var h = await CrawlerHarness.StartAsync();
        var html = Kim(h).Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal)
            .Replace("Förderung des Kommunalen Integrationsmanagements", "Förderung für Bürgervereine in Größe", StringComparison.Ordinal);
        h.Site.MapBytes(KimPath, Encoding.Latin1.GetBytes(html), "text/html; charset=iso-8859-1");

        await h.CrawlAsync("fixture-land");

        Assert.Equal("Förderung für Bürgervereine in Größe", (await h.Db.Store.GetAsync(KimId))!.Name);
    }

    [Fact]
    public async Task Latin1Page_IsDecodedFromTheMetaCharset()
    {
        await using var h = await CrawlerHarness.StartAsync();
        var html = Kim(h).Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", StringComparison.Ordinal)
            .Replace("Förderung des Kommunalen Integrationsmanagements", "Förderung für Bürgervereine", StringComparison.Ordinal);
        h.Site.MapBytes(KimPath, Encoding.Latin1.GetBytes(html), "text/html");

        await h.CrawlAsync("fixture-land");

        Assert.Equal("Förderung für Bürgervereine", (await h.Db.Store.GetAsync(KimId))!.Name);
    }

    private static string Json(object? value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static Func<HttpContext, Task> Fault(string fault) => fault switch
    {
        "timeout" => context => Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted),
        "reset" => context =>
        {
            context.Abort();
            return Task.CompletedTask;
        },
        "truncated" => async context =>
        {
            context.Response.ContentLength = 10_000;
            await context.Response.WriteAsync("<html><body><article><h1>Abgeschnitten");
            await context.Response.Body.FlushAsync();
            context.Abort();
        },
        "huge" => async context =>
        {
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            await context.Response.WriteAsync("<html><body>");
            for (var i = 0; i < 20 * 16 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        },
        "loop" => context =>
        {
            context.Response.Redirect(context.Request.QueryString.HasValue ? KimPath : KimPath + "?schleife=1");
            return Task.CompletedTask;
        },
        "offsite" => context =>
        {
            context.Response.Redirect("http://example.invalid/elsewhere.html");
            return Task.CompletedTask;
        },
        "botwall" => context => context.Response.WriteAsync("<html><head><title>Radware Captcha Page</title></head><body><div id=\"captcha\"></div></body></html>"),
        "markup" => context => context.Response.WriteAsync("<html><body><div class=\"new-layout\"><a href=\"/land/x.html\">x</a></div></body></html>"),
        _ => context =>
        {
            context.Response.StatusCode = int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        },
    };
}
