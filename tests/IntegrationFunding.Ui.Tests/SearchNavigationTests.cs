using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>From a hit to the programme and back: "Zurück zur Suche" returns to the same search and page; past the last page the last page is shown.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SearchNavigationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task BackToSearch_FromAProgramme_KeepsTheSearch()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/suche?q=Sprache&topic=sprache&sort=deadline");
        var heading = await page.Locator("#treffer-titel").InnerTextAsync();

        await page.Locator(".hit h3 a").First.ClickAsync();
        Assert.Contains("/programme/", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Zurück zur Suche" }).ClickAsync();

        var url = new Uri(page.Url);
        Assert.Equal("/suche", url.AbsolutePath);
        Assert.Contains("q=Sprache", url.Query, StringComparison.Ordinal);
        Assert.Contains("topic=sprache", url.Query, StringComparison.Ordinal);
        Assert.Contains("sort=deadline", url.Query, StringComparison.Ordinal);
        Assert.Equal(heading, await page.Locator("#treffer-titel").InnerTextAsync());
    }

    [Fact]
    public async Task BackToSearch_WithAForeignAddress_GoesToTheSearchPage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/suche?q=Sprache");
        var programme = new Uri(new Uri(page.Url), await page.Locator(".hit h3 a").First.GetAttributeAsync("href"));

        await page.GotoAsync(programme.AbsolutePath + "?suche=" + Uri.EscapeDataString("//boese.example/suche"));

        Assert.Equal("/suche", await page.GetByRole(AriaRole.Link, new() { Name = "Zurück zur Suche" }).GetAttributeAsync("href"));
    }

    [Fact]
    public async Task PagePastTheEnd_ShowsTheLastPage()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/suche?seite=9999");

        var heading = await page.Locator("#treffer-titel").InnerTextAsync();
        var match = System.Text.RegularExpressions.Regex.Match(heading, @"^(\d+) Treffer \((\d+)–(\d+)\)");
        Assert.True(match.Success, heading);
        Assert.Equal(match.Groups[1].Value, match.Groups[3].Value);
        Assert.True(await page.Locator(".hit").CountAsync() > 0);
    }
}
