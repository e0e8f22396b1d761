using System.IO.Compression;
using System.Text;
using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace IntegrationFunding.Crawler.Tests.Faults;

/// <summary>
/// Fault injection through the real crawler against a loopback fault server: broken compression, deep nesting,
/// lying charsets and hanging bodies each end as one failed (or correctly read) page; the run is recorded and the
/// other programme of the source is imported.
/// </summary>
public sealed class CrawlerFaultTests
{
    private const string KimPath = "/land/foerderung/kommunales-integrationsmanagement.html";
    private const string KimId = "fixture-land-land-foerderung-kommunales-integrationsmanagement";
    private const string KimName = "Förderung des Kommunalen Integrationsmanagements";

    private static string Kim(CrawlerHarness h) => FixtureSite.Page(h.Site, FixtureSite.Read("land/kommunales-integrationsmanagement.html"));

    [Fact]
    public async Task CorruptGzipBody_FailsThePage_AndTheRunIsRecorded()
    {
        await using var h = await CrawlerHarness.StartAsync();
        h.Site.Map(KimPath, async context =>
        {
            var good = Gzip(Encoding.UTF8.GetBytes(Kim(h)));
            good[10] = 0x07;   // gzip header intact; first deflate block has the reserved block type 3
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(good);
        });

        var report = await h.CrawlAsync("fixture-land");

        AssertOnePageFailed(report, FailureKinds.Compression);
        Assert.Null(await h.Db.Store.GetAsync(KimId));
        var recorded = Assert.Single(await h.RunLog.LatestAsync("fixture-land", 5));
        Assert.Equal(CrawlStatuses.Partial, recorded.Status);
        Assert.Contains(recorded.Failures, f => f.Kind == FailureKinds.Compression && f.Url.EndsWith(KimPath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidGzipBody_IsDecompressed()
    {
        await using var h = await CrawlerHarness.StartAsync();
        h.Site.Map(KimPath, async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(Gzip(Encoding.UTF8.GetBytes(Kim(h))));
        });

        var report = await h.CrawlAsync("fixture-land");

        Assert.Equal(CrawlStatuses.Succeeded, report.Status);
        Assert.Equal(KimName, (await h.Db.Store.GetAsync(KimId))!.Name);
    }

    [Fact]
    public async Task DeeplyNestedPage_FailsWithinTheParseBudget()
    {
        await using var h = await CrawlerHarness.StartAsync(new Dictionary<string, string?> { ["Crawler:MaxParseTime"] = "00:00:01" });
        var nested = new StringBuilder("<html><body><article><h1>Verschachtelt</h1>");
        nested.Insert(nested.Length, "<div>", 200_000).Append("Text</article></body></html>");
        h.Site.MapPage(KimPath, nested.ToString());

        var report = await h.CrawlAsync("fixture-land");

        var failure = AssertOnePageFailed(report, FailureKinds.Parse);
        Assert.Contains("verschachtelt", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageWithTooManyElements_Fails()
    {
        await using var h = await CrawlerHarness.StartAsync(new Dictionary<string, string?> { ["Crawler:MaxElementsPerPage"] = "1000" });
        var flat = new StringBuilder("<html><body><article><h1>Viele Absätze</h1>");
        flat.Insert(flat.Length, "<p>x</p>", 5_000).Append("</article></body></html>");
        h.Site.MapPage(KimPath, flat.ToString());

        var report = await h.CrawlAsync("fixture-land");

        var failure = AssertOnePageFailed(report, FailureKinds.Parse);
        Assert.Contains("1000 Elemente", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderClaimsUtf8_BodyIsLatin1_UmlautsAreRead()
    {
        await using var h = await CrawlerHarness.StartAsync();
        var html = Kim(h).Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal);
        h.Site.MapBytes(KimPath, Encoding.Latin1.GetBytes(html), "text/html; charset=utf-8");

        await h.CrawlAsync("fixture-land");

        Assert.Equal(KimName, (await h.Db.Store.GetAsync(KimId))!.Name);
    }

    [Fact]
    public async Task HeaderClaimsUtf16_BodyIsUtf8_PageIsRead()
    {
        await using var h = await CrawlerHarness.StartAsync();
        h.Site.MapBytes(KimPath, Encoding.UTF8.GetBytes(Kim(h)), "text/html; charset=utf-16");

        var report = await h.CrawlAsync("fixture-land");

        Assert.Equal(CrawlStatuses.Succeeded, report.Status);
        Assert.Equal(KimName, (await h.Db.Store.GetAsync(KimId))!.Name);
    }

    [Fact]
    public async Task UnknownCharsetLabel_FallsBackToTheMetaCharset()
    {
        await using var h = await CrawlerHarness.StartAsync();
        h.Site.MapBytes(KimPath, Encoding.UTF8.GetBytes(Kim(h)), "text/html; charset=x-klingonisch");

        await h.CrawlAsync("fixture-land");

        Assert.Equal(KimName, (await h.Db.Store.GetAsync(KimId))!.Name);
    }

    [Fact]
    public async Task SlowTricklingBody_TimesOut_AndThePageFails()
    {
        await using var h = await CrawlerHarness.StartAsync(new Dictionary<string, string?> { ["Crawler:RequestTimeout"] = "00:00:00.400", ["Crawler:MaxRetries"] = "0" });
        h.Site.Map(KimPath, async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><body>");
            for (var i = 0; i < 200 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.WriteAsync("<p>", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(50, context.RequestAborted);
            }
        });

        var report = await h.CrawlAsync("fixture-land");

        AssertOnePageFailed(report, FailureKinds.Timeout);
    }

    [Fact]
    public async Task NeverEndingBody_StopsAtTheSizeLimit()
    {
        await using var h = await CrawlerHarness.StartAsync(new Dictionary<string, string?> { ["Crawler:MaxPageBytes"] = "65536" });
        h.Site.Map(KimPath, async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>endlos</p>", 1000)));
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });

        var report = await h.CrawlAsync("fixture-land");

        AssertOnePageFailed(report, FailureKinds.TooLarge);
    }

    [Fact]
    public async Task HeadersNeverComplete_TimesOut()
    {
        await using var h = await CrawlerHarness.StartAsync(new Dictionary<string, string?> { ["Crawler:RequestTimeout"] = "00:00:00.300", ["Crawler:MaxRetries"] = "0" });
        h.Site.Map(KimPath, context => Task.Delay(Timeout.Infinite, context.RequestAborted));

        var report = await h.CrawlAsync("fixture-land");

        AssertOnePageFailed(report, FailureKinds.Timeout);
    }

    private static Storage.Crawls.CrawlFailureRecord AssertOnePageFailed(CrawlReport report, string kind)
    {
        Assert.Equal(CrawlStatuses.Partial, report.Status);
        var failure = Assert.Single(report.Failures, f => f.Kind != FailureKinds.Robots);
        Assert.Equal(kind, failure.Kind);
        Assert.EndsWith(KimPath, failure.Url, StringComparison.Ordinal);
        Assert.Equal(1, report.ProgrammesNew);   // the source's other programme is imported all the same
        return failure;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }
}
