using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>The optional AGS and Einwohnerzahl fields of the profile form, and the e-mail link in the navigation.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ProfileFormFieldsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CreateProfile_InvalidAgs_ShowsGermanErrorLinkedToTheField()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/profil");
        await page.GetByLabel("Name der Kommune").FillAsync("Gemeinde Tippfehler");
        await page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS, 8 Ziffern)").FillAsync("12ab");
        await page.GetByLabel("Bundesland").SelectOptionAsync("DE-NW");
        await page.GetByLabel("Gemeinde", new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_Goals_0__Topic").SelectOptionAsync("sprache");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Profil anlegen und Treffer zeigen" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await page.WaitForLoadStateAsync();
        var link = page.Locator(".error-summary a", new() { HasText = "Amtlicher Gemeindeschlüssel" });
        Assert.Equal("#Input_Ags", await link.GetAttributeAsync("href"));
        Assert.Equal("Amtlicher Gemeindeschlüssel: bitte genau 8 Ziffern angeben, zum Beispiel 05315000.", await link.InnerTextAsync());
        var field = page.Locator("#Input_Ags");
        Assert.Equal("12ab", await field.InputValueAsync());
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        Assert.Contains("Input_Ags-fehler", await field.GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Contains("8 Ziffern", await page.Locator("#Input_Ags-fehler").InnerTextAsync(), StringComparison.Ordinal);
        await link.ClickAsync();
        Assert.Equal("Input_Ags", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task CreateProfile_AgsAndPopulation_SavedAndShownOnEdit()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/profil");
        await page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS, 8 Ziffern)").FillAsync("05 158 004");
        await page.GetByLabel("Einwohnerzahl").FillAsync("12.500");
        await ProfileForm.FillRestAsync(page, "Stadt Mitzahlen");

        await page.WaitForURLAsync("**/profil/*?neu=true");
        await page.GotoAsync(new Uri(page.Url).AbsolutePath.Replace("/profil/", "/profil/bearbeiten/", StringComparison.Ordinal));

        Assert.Equal("05158004", await page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS, 8 Ziffern)").InputValueAsync());
        Assert.Equal("12500", await page.GetByLabel("Einwohnerzahl").InputValueAsync());
    }

    [Fact]
    public async Task EditProfile_InvalidPopulation_ShowsLinkedErrorAndKeepsStoredValue()
    {
        var page = await fixture.NewPageAsync();
        await ProfileForm.CreateAsync(page, "Gemeinde Zählfehler");
        var editUrl = new Uri(page.Url).AbsolutePath.Replace("/profil/", "/profil/bearbeiten/", StringComparison.Ordinal);
        await page.GotoAsync(editUrl);
        await page.GetByLabel("Einwohnerzahl").FillAsync("-40");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Änderungen speichern" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await page.WaitForLoadStateAsync();
        Assert.Equal("#Input_Population", await page.Locator(".error-summary a").GetAttributeAsync("href"));
        await page.GotoAsync(editUrl);
        Assert.Equal("", await page.GetByLabel("Einwohnerzahl").InputValueAsync());
    }

    [Fact]
    public async Task Navigation_At360Pixels_EmailLinkVisibleWithoutHorizontalScroll()
    {
        var page = await fixture.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync("/profil");
        var link = page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "E-Mail-Benachrichtigung" });

        Assert.True(await link.IsVisibleAsync());
        var box = await link.BoundingBoxAsync();
        Assert.True(box!.X >= 0 && box.X + box.Width <= 360, $"link at {box.X}..{box.X + box.Width}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"scrolls horizontally by {overflow}px at 360px");
        await page.TabToAsync("nav a[href='/abo']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/abo");
        Assert.Equal("Wöchentliche E-Mail mit neuen und geänderten Förderaufrufen", await page.Locator("h1").InnerTextAsync());
    }
}
