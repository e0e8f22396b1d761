using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>axe-core on every page type: no serious or critical violations; usable at 360 px without horizontal scrolling.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EveryPageType_AxeScan_NoSeriousOrCriticalViolations()
    {
        var page = await fixture.NewPageAsync();
        var profileUrl = await CreateProfileAsync(page);
        var programmeUrl = await FirstProgrammeUrlAsync(page);
        string[] urls =
        [
            "/", "/suche?q=Sprachkurs&topic=sprache", "/suche?maxOwnShare=abc&topic=unbekannt", programmeUrl,
            "/programme/gibt-es-nicht", "/profil", profileUrl, profileUrl + "/druck", profileUrl.Replace("/profil/", "/profil/bearbeiten/", StringComparison.Ordinal),
        ];
        var problems = new List<string>();
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            problems.AddRange(await AxeScan.SeriousAsync(page, url));
        }

        await page.GotoAsync(programmeUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Meldung senden" }).ClickAsync();
        problems.AddRange(await AxeScan.SeriousAsync(page, programmeUrl + " (report with errors)"));
        await page.GotoAsync("/profil");
        await page.GetByRole(AriaRole.Button, new() { Name = "Profil anlegen und Treffer zeigen" }).ClickAsync();
        problems.AddRange(await AxeScan.SeriousAsync(page, "/profil (with errors)"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/suche?q=Sprache")]
    [InlineData("/profil")]
    public async Task Page_At360PixelWidth_HasNoHorizontalScroll(string url)
    {
        var page = await fixture.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync(url);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{url} scrolls horizontally by {overflow}px at 360px");
    }

    [Fact]
    public async Task ErrorSummary_InvalidReport_LinksEachErrorToItsField()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(await FirstProgrammeUrlAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Meldung senden" }).ClickAsync();
        var targets = await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.NotEmpty(targets);
        foreach (var target in targets)
        {
            Assert.Equal(1, await page.Locator(target).CountAsync());
        }
    }

    private static async Task<string> FirstProgrammeUrlAsync(IPage page)
    {
        await page.GotoAsync("/suche?q=Integration");
        var href = await page.Locator(".hit h3 a").First.GetAttributeAsync("href");
        return href!;
    }

    private static async Task<string> CreateProfileAsync(IPage page)
    {
        await ProfileForm.CreateAsync(page, "Landkreis Prüfstadt");
        return new Uri(page.Url).AbsolutePath;
    }
}
