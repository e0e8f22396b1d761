using System.Text;
using IntegrationFunding.Storage.Reports;
using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>The officer's whole path with a mouse: search → filter → programme → report → profile → matches → print → CSV.</summary>
[Collection(SharedBrowser.Name)]
public sealed class FlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SearchFilterProgrammeProfileMatchesPrintCsv_WithMouse_EveryStepWorks()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("Wonach suchen Sie?").FillAsync("Sprachkurs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        Assert.Contains("/suche?q=Sprachkurs", page.Url, StringComparison.Ordinal);
        var unfiltered = await TotalAsync(page);
        Assert.True(unfiltered > 1, $"expected several hits, got {unfiltered}");
        Assert.True(await page.Locator(".hit mark").CountAsync() > 0, "matched words are highlighted");
        Assert.Matches(@"noch \d+ Tage|laufend|keine Frist|regelmäßig|Frist endet heute", await page.Locator(".hits").InnerTextAsync());

        await page.Locator("#level > summary").ClickAsync();
        await page.Locator("#f-level-bund").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter anwenden" }).ClickAsync();
        Assert.Contains("level=bund", page.Url, StringComparison.Ordinal);
        var filtered = await TotalAsync(page);
        Assert.InRange(filtered, 1, unfiltered - 1);
        Assert.True(await page.Locator("#f-level-bund").IsCheckedAsync(), "the filter stays checked (state lives in the URL)");
        await Screenshots.SaveAsync(page, "search-results.png");

        var first = page.Locator(".hit h3 a").First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator("a[href$='/deadlines.ics']").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Meldung senden" }).ClickAsync();
        Assert.True(await page.Locator(".error-summary").IsVisibleAsync(), "empty report shows the error summary");
        Assert.Equal("true", await page.Locator("#Report_Message").GetAttributeAsync("aria-invalid"));
        await page.GetByLabel("Was ist falsch?").SelectOptionAsync("deadlines");
        await page.GetByLabel("Beschreibung").FillAsync("Die Frist wurde auf den 31.01. verschoben.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Meldung senden" }).ClickAsync();
        Assert.Contains("Vielen Dank", await page.Locator("#meldung").InnerTextAsync(), StringComparison.Ordinal);
        var reports = await fixture.Host.Get<ReportStore>().ListOpenAsync();
        Assert.Contains(reports, r => r.Report.Field == "deadlines" && r.Report.Message.Contains("31.01.", StringComparison.Ordinal));

        await ProfileForm.CreateAsync(page, "Gemeinde Musterhausen");
        Assert.Matches("/profil/[A-Za-z0-9_-]{16,64}\\?neu=true$", page.Url);
        Assert.Contains("Passende Förderprogramme für Gemeinde Musterhausen", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var privateLink = await page.Locator("#privater-link").InputValueAsync();
        Assert.StartsWith(fixture.Host.BaseAddress.ToString().TrimEnd('/') + "/profil/", privateLink, StringComparison.Ordinal);
        Assert.True(await page.Locator(".match").CountAsync() > 0, "the profile has matches");
        Assert.Contains("Passt zu Ihrem Ziel", await page.Locator(".reasons").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".badge.eligible, .badge.unknown").CountAsync() > 0);
        await Screenshots.SaveAsync(page, "matches.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Druckansicht für den Gemeinderat" }).ClickAsync();
        Assert.EndsWith("/druck", page.Url, StringComparison.Ordinal);
        var programmes = await page.Locator(".print-programme").CountAsync();
        Assert.True(programmes > 0);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("page", await page.Locator(".print-programme").First.EvaluateAsync<string>("e => getComputedStyle(e).breakAfter"));
        Assert.False(await page.Locator(".site-header nav").IsVisibleAsync(), "navigation is not printed");
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000);

        var download = await page.APIRequest.GetAsync(privateLink + "/treffer.csv");
        Assert.Equal(200, download.Status);
        var bytes = await download.BodyAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Programm;Fördergeber;", lines[0], StringComparison.Ordinal);
        Assert.Equal(programmes + 1, lines.Length);
    }

    private static async Task<int> TotalAsync(IPage page)
    {
        var text = await page.Locator("#treffer-titel").InnerTextAsync();
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(\d+) Treffer");
        Assert.True(match.Success, $"unexpected result heading: {text}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
