using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests.Infrastructure;

/// <summary>Fills the profile form with the mouse (the keyboard test does it by hand).</summary>
internal static class ProfileForm
{
    public static async Task CreateAsync(IPage page, string name)
    {
        await page.GotoAsync("/profil");
        await FillRestAsync(page, name);
    }

    /// <summary>Fills the required fields (and a few optional ones) on the open form and submits it.</summary>
    public static async Task FillRestAsync(IPage page, string name)
    {
        await page.GetByLabel("Name der Kommune").FillAsync(name);
        await page.GetByLabel("Bundesland").SelectOptionAsync("DE-NW");
        await page.GetByLabel("Gemeinde", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Eigenanteil, den Sie höchstens tragen können (in Prozent)").FillAsync("20");
        await page.Locator("#Input_Goals_0__Topic").SelectOptionAsync("sprache");
        await page.Locator("#Input_Goals_0__Text").FillAsync("Sprachkurse für Mütter");
        await page.Locator("#Input_Goals_1__Topic").SelectOptionAsync("teilhabe-engagement");
        await page.Locator("#Input_Goals_1__Priority").SelectOptionAsync("2");
        await page.GetByLabel("Geflüchtete").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Profil anlegen und Treffer zeigen" }).ClickAsync();
    }
}
