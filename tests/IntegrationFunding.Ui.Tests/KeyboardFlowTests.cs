using IntegrationFunding.Ui.Tests.Infrastructure;

namespace IntegrationFunding.Ui.Tests;

/// <summary>The same path by keyboard only (Tab, Space, Enter, typing): no mouse, no locator clicks.</summary>
[Collection(SharedBrowser.Name)]
public sealed class KeyboardFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SearchFilterProgrammeProfileMatchesPrint_KeyboardOnly_EveryStepWorks()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Zum Inhalt springen", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.TabToAsync("#q");
        await page.Keyboard.TypeAsync("Integrationskurs");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/suche?q=Integrationskurs");

        await page.TabToAsync("#f-topic-sprache");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("button.secondary");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**topic=sprache**");

        await page.TabToAsync(".hit h3 a");
        var name = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/programme/**");
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());

        await page.TabToAsync("nav a[href='/profil']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profil");
        await page.TabToAsync("#Input_Name");
        await page.Keyboard.TypeAsync("Stadt Tastenfeld");
        await page.TabToAsync("#Input_State");
        await page.Keyboard.TypeAsync("Hessen");
        await page.TabToAsync("input[name='Input.Kind']");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("stadt", await page.EvaluateAsync<string>("() => document.querySelector(\"input[name='Input.Kind']:checked\").value"));
        await page.TabToAsync("#Input_Goals_0__Topic");
        await page.Keyboard.TypeAsync("Bildung");
        await page.TabToAsync("button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profil/*?neu=true");
        Assert.Contains("Stadt Tastenfeld", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        await page.TabToAsync("a[href$='/druck']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/druck");
        Assert.True(await page.Locator(".print-programme").CountAsync() > 0);
    }

    [Fact]
    public async Task FocusedControls_Keyboard_HaveVisibleFocusIndicator()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.TabToAsync(".tile");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
    }
}
