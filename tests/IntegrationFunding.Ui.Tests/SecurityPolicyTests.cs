using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>
/// The strict Content-Security-Policy breaks nothing in real Chromium: no page of the UI and not Swagger UI
/// reports a violation; a missing page shows the German 404 page.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SecurityPolicyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/suche?q=Sprache&topic=sprache")]
    [InlineData("/profil")]
    [InlineData("/abo")]
    public async Task UiPage_RendersWithoutCspViolations(string path)
    {
        var (page, violations) = await WatchedPageAsync();

        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations);
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.Locator("header.site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor + ''") ?? "");
    }

    [Fact]
    public async Task SwaggerUi_RendersTheApiUnderItsOwnPolicy()
    {
        var (page, violations) = await WatchedPageAsync();

        await page.GotoAsync("/swagger/index.html");
        await page.Locator(".swagger-ui .info .title").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

        Assert.Empty(violations);
    }

    [Fact]
    public async Task MissingPage_ShowsTheGerman404Page()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync("/suchen-gibt-es-nicht");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Seite nicht gefunden – Förder-Navigator Integration", await page.TitleAsync());
        Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Zur Suche nach Förderprogrammen" }).ClickAsync();
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
    }

    private async Task<(IPage Page, List<string> Violations)> WatchedPageAsync()
    {
        var page = await fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return (page, violations);
    }
}
