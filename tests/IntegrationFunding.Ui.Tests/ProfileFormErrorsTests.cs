using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>
/// The profile form's error handling (issue 9): no profile without a goal, every invalid field marked, errors in form
/// order with focus and a "Fehler:" title, and fewer posted goal rows than the form renders never a server error.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ProfileFormErrorsTests(BrowserFixture fixture)
{
    private const string Submit = "Profil anlegen und Treffer zeigen";

    [Fact]
    public async Task CreateProfile_WithoutAnyGoal_RefusedWithErrorLinkedToTheFirstGoal()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/profil");
        await page.GetByLabel("Name der Kommune").FillAsync("Gemeinde Ziellos");
        await page.GetByLabel("Bundesland").SelectOptionAsync("DE-HE");
        await page.GetByLabel("Gemeinde", new() { Exact = true }).CheckAsync();

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = Submit }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        var link = page.Locator(".error-summary a");
        Assert.Equal("#Input_Goals_0__Topic", await link.GetAttributeAsync("href"));
        Assert.Equal("Ziele: bitte mindestens ein Handlungsfeld auswählen.", await link.InnerTextAsync());
        Assert.Equal("true", await page.Locator("#Input_Goals_0__Topic").GetAttributeAsync("aria-invalid"));
    }

    [Fact]
    public async Task CreateProfile_EmptyForm_ErrorsInFormOrderFocusedAndTitled()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/profil");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = Submit }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await page.WaitForLoadStateAsync();
        Assert.StartsWith("Fehler: Förderprofil anlegen", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('error-summary')"), "focus is not on the error summary");
        var targets = await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.Equal(["#Input_Name", "#Input_State", "#Input_Kind", "#Input_Goals_0__Topic"], targets);
        foreach (var target in targets)
        {
            var field = page.Locator(target);
            Assert.Matches("^(input|select)$", await field.EvaluateAsync<string>("e => e.tagName.toLowerCase()"));
            Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        }

        Assert.Equal(6, await page.Locator("input[name='Input.Kind'][aria-invalid=true]").CountAsync());
        await page.Locator(".error-summary a[href='#Input_Kind']").ClickAsync();
        Assert.Equal("Input_Kind", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task CreateProfile_FewerGoalRowsThanRenderedAndAnError_AnswersTheFormNotAServerError()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/profil");
        await page.Locator("#Input_Goals_0__Topic").SelectOptionAsync("sprache");
        await page.EvaluateAsync("() => document.querySelectorAll('fieldset.goal').forEach((f, i) => { if (i > 0) f.remove(); })");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = Submit }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await page.WaitForLoadStateAsync();
        Assert.Equal(3, await page.Locator("fieldset.goal").CountAsync());
        Assert.Equal("sprache", await page.Locator("#Input_Goals_0__Topic").InputValueAsync());
        Assert.Equal("#Input_Name", await page.Locator(".error-summary a").First.GetAttributeAsync("href"));
    }
}
