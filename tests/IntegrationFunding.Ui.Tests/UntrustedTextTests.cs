using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>Crawled text is untrusted: markup is shown as text and only http(s) addresses become links.</summary>
[Collection(SharedBrowser.Name)]
public sealed class UntrustedTextTests(BrowserFixture fixture)
{
    private const string Id = "test-schadcode-programm";

    [Fact]
    public async Task ProgrammePage_ScriptAndJavascriptLinksInCrawledText_RenderInert()
    {
        await InsertHostileProgrammeAsync();
        var page = await fixture.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync($"/programme/{Id}");
        var heading = await page.Locator("h1").InnerTextAsync();
        Assert.True(heading.Contains("<script>", StringComparison.Ordinal), heading);
        await AssertInertAsync(page, () => dialogs);
        Assert.Contains("javascript:", await page.Locator(".inert-link").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        await page.GotoAsync("/suche?q=Schadcode");
        Assert.True(await page.Locator(".hit mark").CountAsync() > 0, "the hostile programme is found and highlighted");
        Assert.Contains("<script>", await page.Locator(".hit h3").First.InnerTextAsync(), StringComparison.Ordinal);
        await AssertInertAsync(page, () => dialogs);
    }

    private static async Task AssertInertAsync(IPage page, Func<int> dialogs)
    {
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, dialogs());
        Assert.Equal(0, await page.Locator("main script, main img, main iframe").CountAsync());
        var hrefs = await page.Locator("a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href') ?? '')");
        Assert.DoesNotContain(hrefs, h => h.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        foreach (var rel in await page.Locator("a.external").EvaluateAllAsync<string[]>("links => links.map(l => l.rel)"))
        {
            Assert.Equal("noopener noreferrer", rel);
        }
    }

    private async Task InsertHostileProgrammeAsync()
    {
        var programme = new Programme
        {
            Id = Id,
            Name = "Schadcode-Förderung <script>window.__pwned = 1; alert(1)</script>",
            Funder = "<b onmouseover=\"window.__pwned = 2\">Fake-Stiftung</b>",
            Level = "stiftung",
            Topics = ["sprache"],
            Applicants = ["gemeinde"],
            DeadlineType = DeadlineTypes.Fixed,
            Deadlines = [new DateOnly(2026, 12, 15)],
            Summary = "Schadcode im Text <img src=x onerror=\"window.__pwned = 3\"> und \"Anführungszeichen\" & Co.",
            Url = "javascript:window.__pwned = 4",
            Lifecycle = ProgrammeLifecycle.Active,
            Sources = [new ProgrammeSource("test", "javascript:alert(5)", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero))],
            Evidence = new Dictionary<string, Evidence>
            {
                ["deadlines"] = new("Frist: 15.12.2026 <script>window.__pwned = 6</script>", "text", "JavaScript:window.__pwned = 7"),
                ["applicants"] = new("Antragsberechtigt sind Gemeinden.", "text", "https://example.org/richtlinie"),
            },
        };
        await fixture.Host.Get<ProgrammeWriter>().ApplyAsync([programme], "test");
    }
}
