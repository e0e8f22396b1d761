using Deque.AxeCore.Playwright;
using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>
/// Issue 10 and the print-view items of issue 9 in a real Chromium: the matches page shows the three verdicts, badges
/// that name the unknown, what to clarify next, and passes axe-core; the print view keeps heading levels, prints
/// readable addresses as link texts and marks English title parts.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class MatchVerdictsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task MatchesPage_ShowsThreeVerdictsAndClarifications_AndPassesAxe()
    {
        var page = await fixture.NewPageAsync();
        await CreateHessianGemeindeAsync(page);

        var matches = page.Locator("article.match");
        var count = await matches.CountAsync();
        Assert.True(count > 0);
        for (var i = 0; i < count; i++)
        {
            var match = matches.Nth(i);
            Assert.Equal(3, await match.Locator("dl.verdicts > div").CountAsync());
            var terms = await match.Locator("dl.verdicts dt").AllInnerTextsAsync();
            Assert.Equal(["Dürfen wir beantragen?", "Können wir den Eigenanteil tragen?", "Ist die Frist im Planungszeitraum?"], terms);
            var badge = await match.Locator(".badges .badge").First.InnerTextAsync();
            Assert.DoesNotContain("Berechtigung unklar", badge, StringComparison.Ordinal);
            var reasons = await match.Locator("ul.reasons li").AllInnerTextsAsync();
            Assert.DoesNotContain(reasons, r => r.Contains("nicht genannt", StringComparison.Ordinal));
        }

        Assert.True(await page.Locator(".badge:has-text('Frist unbekannt')").CountAsync() > 0, "a badge names the unknown deadline");
        var clarifications = await page.Locator("section.clarifications li").AllInnerTextsAsync();
        Assert.Contains(clarifications, c => c.StartsWith("Angabe zur Einwohnerzahl fehlt – entscheidet ", StringComparison.Ordinal));
        var kiv = page.Locator("article.match", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Kommunale Vielfalts- und Integrationsstrategien" }) });
        Assert.Equal("unklar", await kiv.Locator("dl.verdicts > div").First.Locator("strong").InnerTextAsync());
        Assert.Contains("Ihr Profil nennt keine Einwohnerzahl", await kiv.Locator("dl.verdicts > div").First.InnerTextAsync(), StringComparison.Ordinal);

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    [Fact]
    public async Task ProfileForm_HaushaltssicherungYesNoUnknown_IsKeptAfterSaving()
    {
        var page = await fixture.NewPageAsync();
        await CreateSaxonLandkreisAsync(page);
        var id = new Uri(page.Url).AbsolutePath.Split('/')[2];

        await page.GotoAsync($"/profil/bearbeiten/{id}");
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Ist Ihre Kommune in der Haushaltssicherung?" })
            .GetByLabel("Weiß nicht / keine Angabe").IsCheckedAsync());
        await page.GetByRole(AriaRole.Group, new() { Name = "Ist Ihre Kommune in der Haushaltssicherung?" }).GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Gilt Ihre Kommune als strukturschwach (z. B. Fördergebiet)?" }).GetByLabel("Nein", new() { Exact = true }).CheckAsync();
        await page.Locator("form button[type=submit]").Last.ClickAsync();
        await page.GotoAsync($"/profil/bearbeiten/{id}");

        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Ist Ihre Kommune in der Haushaltssicherung?" }).GetByLabel("Ja", new() { Exact = true }).IsCheckedAsync());
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Gilt Ihre Kommune als strukturschwach (z. B. Fördergebiet)?" }).GetByLabel("Nein", new() { Exact = true }).IsCheckedAsync());
    }

    [Fact]
    public async Task PrintView_HeadingLevelsNeverSkip()
    {
        var page = await OpenPrintViewAsync();

        var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map(h => +h.tagName[1])");

        Assert.NotEmpty(levels);
        for (var i = 1; i < levels.Length; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    [Fact]
    public async Task PrintView_AddressesAreReadableAndLinkTextsTellDocumentsApart()
    {
        var page = await OpenPrintViewAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var links = await page.Locator("a.external").EvaluateAllAsync<string[][]>(
            "links => links.map(a => [a.href, a.innerText, getComputedStyle(a, '::after').content])");
        var printed = await page.Locator("main").InnerTextAsync();

        Assert.True(links.Length > 1);
        Assert.DoesNotMatch("%[0-9A-F]{2}", printed);
        Assert.All(links, l => Assert.True(l[2] is "none" or "normal" or "", $"{l[0]} prints its raw address after the link: {l[2]}"));
        // Documents on one host (e.g. two SAB pages) must be told apart by their link texts, never a bare host name.
        var sharedHosts = links.GroupBy(l => new Uri(l[0]).Host).Where(g => g.Select(l => l[0]).Distinct().Count() >= 2).ToList();
        Assert.NotEmpty(sharedHosts);
        foreach (var host in sharedHosts)
        {
            Assert.Equal(host.Select(l => l[0]).Distinct().Count(), host.Select(l => l[1]).Distinct().Count());
            Assert.All(host, l => Assert.NotEqual(host.Key, l[1]));
        }
    }

    [Fact]
    public async Task PrintView_EnglishTitlePartsAreMarkedEnglish()
    {
        var page = await OpenPrintViewAsync();

        var english = await page.Locator("article.print-programme h2 [lang=en]").AllInnerTextsAsync();

        Assert.Contains("Integration and inclusion at regional and local level", english);
        Assert.DoesNotContain(english, e => e.Contains("Förder", StringComparison.Ordinal));
    }

    private async Task<IPage> OpenPrintViewAsync()
    {
        var page = await fixture.NewPageAsync();
        await CreateSaxonLandkreisAsync(page);
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/druck");
        return page;
    }

    private static Task CreateHessianGemeindeAsync(IPage page) =>
        ProfileForm.CreateAsync(page, new ProfileDraft("Gemeinde Biebertal", "DE-HE", "Gemeinde", "20",
            [("interkulturelle-oeffnung", "1", "Vielfalts- und Integrationsstrategie für die Gemeinde")]));

    private static Task CreateSaxonLandkreisAsync(IPage page) =>
        ProfileForm.CreateAsync(page, new ProfileDraft("Landkreis Meißen", "DE-SN", "Landkreis", "10",
            [("sprache", "1", "Deutschkurse und Sprachmittlung für Geflüchtete"), ("integrationsmanagement-koordination", "2", "Netzwerk der Integrationsakteure koordinieren")],
            "Geflüchtete"));
}
