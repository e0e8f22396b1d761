using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>
/// "Ihre Kommune" on /profil: picking a municipality from the register fills the profile form, keyboard only, with the
/// autocomplete (JavaScript) and with the plain GET list (JavaScript disabled).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ProfileFromRegisterTests(BrowserFixture fixture)
{
    private const string Credit = "© Statistisches Bundesamt (Destatis), 2025 – Gemeindeverzeichnis GV100AD, Gebietsstand 31.08.2025";

    [Fact]
    public async Task CreateProfile_PickGemeindeFromAutocomplete_KeyboardOnly_FieldsFilledAndSaved()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/profil");

        await page.TabToAsync("#kommune");
        await page.Keyboard.TypeAsync("Adelheidsd");
        var option = page.Locator("#kommune-vorschlaege [role=option]").First;
        await option.WaitForAsync();
        var combobox = page.Locator("#kommune");
        Assert.Equal("combobox", await combobox.GetAttributeAsync("role"));
        Assert.Equal("true", await combobox.GetAttributeAsync("aria-expanded"));
        Assert.Contains("Treffer", await page.Locator("#kommune-status").InnerTextAsync(), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await option.GetAttributeAsync("id"), await combobox.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await option.GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("false", await combobox.GetAttributeAsync("aria-expanded"));
        Assert.Equal("Adelheidsdorf", await page.Locator("#Input_Name").InputValueAsync());
        Assert.Equal("03351001", await page.Locator("#Input_Ags").InputValueAsync());
        Assert.Equal("Celle", await page.Locator("#Input_KreisName").InputValueAsync());
        Assert.False(string.IsNullOrEmpty(await page.Locator("#Input_GemeindeverbandName").InputValueAsync()));
        Assert.Equal("2660", await page.Locator("#Input_Population").InputValueAsync());
        Assert.Equal("DE-NI", await page.Locator("#Input_State").InputValueAsync());
        Assert.Equal("gemeinde", await CheckedKindAsync(page));
        Assert.Contains("Übernommen: Adelheidsdorf", await page.Locator("#kommune-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(Credit, await page.Locator(".kommune .source").InnerTextAsync(), StringComparison.Ordinal);

        await page.TabToAsync("#Input_Goals_0__Topic");
        await page.Keyboard.TypeAsync("Sprache");
        await page.TabToAsync("form[method=post] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profil/*?neu=true");
        Assert.Contains("Adelheidsdorf", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(new Uri(page.Url).AbsolutePath.Replace("/profil/", "/profil/bearbeiten/", StringComparison.Ordinal));
        Assert.Equal("03351001", await page.Locator("#Input_Ags").InputValueAsync());
        Assert.Equal("Celle", await page.Locator("#Input_KreisName").InputValueAsync());
        Assert.Contains(Credit, await page.Locator(".source").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateProfile_PickFromList_WithoutJavaScript_KeyboardOnly_FieldsFilledAndSaved()
    {
        // Scripts are off in this context, so focus is checked with locators (Playwright's own world), never page scripts.
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/profil");

        await page.TabToByLocatorAsync("#kommune");
        await page.Keyboard.TypeAsync("Koeln");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profil?kommune=Koeln");
        Assert.Null(await page.Locator("#kommune").GetAttributeAsync("role"));
        await page.TabToByLocatorAsync(".kommune-treffer a");
        Assert.Equal("Köln, Stadt", await page.Locator(".kommune-treffer a:focus").InnerTextAsync());
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profil?schluessel=05315000*");

        Assert.Contains("Übernommen aus dem Gemeindeverzeichnis", await page.Locator(".kommune-gewaehlt").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Köln, Stadt", await page.Locator("#Input_Name").InputValueAsync());
        Assert.Equal("05315000", await page.Locator("#Input_Ags").InputValueAsync());
        Assert.Equal("1024621", await page.Locator("#Input_Population").InputValueAsync());
        Assert.Equal("DE-NW", await page.Locator("#Input_State").InputValueAsync());
        Assert.Equal("kreisfreie-stadt", await page.Locator("input[name='Input.Kind']:checked").GetAttributeAsync("value"));
        Assert.Contains(Credit, await page.Locator(".kommune .source").InnerTextAsync(), StringComparison.Ordinal);

        await page.TabToByLocatorAsync("#Input_Goals_0__Topic");
        await page.Keyboard.TypeAsync("Sprache");
        await page.TabToByLocatorAsync("form[method=post] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profil/*?neu=true");
        Assert.Contains("Köln", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchKommune_NoMatch_SaysSoInGerman()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/profil?kommune=Xyzzyhausen");

        Assert.Equal("Keine Kommune gefunden", await page.Locator("#kommune-treffer-titel").InnerTextAsync());
    }

    [Fact]
    public async Task RegisterPages_AxeScan_NoSeriousOrCriticalViolations()
    {
        var problems = new List<string>();
        // The list and prefill pages are server-rendered; axe needs scripts, so it scans them in a normal context.
        var plain = await fixture.NewPageAsync();
        foreach (var url in new[] { "/profil?kommune=Muenchen", "/profil?schluessel=09184", "/profil?kommune=Xyzzyhausen" })
        {
            await plain.GotoAsync(url);
            problems.AddRange(await AxeScan.SeriousAsync(plain, url));
        }

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/profil");
        await page.Locator("#kommune").PressSequentiallyAsync("Bad");
        await page.Locator("#kommune-vorschlaege [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        problems.AddRange(await AxeScan.SeriousAsync(page, "/profil (autocomplete open)"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static Task<string> CheckedKindAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.querySelector(\"input[name='Input.Kind']:checked\").value");
}
