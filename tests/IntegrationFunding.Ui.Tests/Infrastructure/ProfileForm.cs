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

    /// <summary>Opens the form, fills it from <paramref name="draft"/>, submits it and checks that the matches page opened.</summary>
    public static async Task CreateAsync(IPage page, ProfileDraft draft)
    {
        await page.GotoAsync("/profil");
        await page.GetByLabel("Name der Kommune").FillAsync(draft.Name);
        await page.GetByLabel("Bundesland").SelectOptionAsync(draft.State);
        await page.GetByLabel(draft.KindLabel, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Eigenanteil, den Sie höchstens tragen können (in Prozent)").FillAsync(draft.MaxOwnShare);
        for (var i = 0; i < draft.Goals.Count; i++)
        {
            var (topic, priority, text) = draft.Goals[i];
            await page.Locator($"#Input_Goals_{i}__Topic").SelectOptionAsync(topic);
            await page.Locator($"#Input_Goals_{i}__Priority").SelectOptionAsync(priority);
            await page.Locator($"#Input_Goals_{i}__Text").FillAsync(text);
        }

        if (draft.TargetGroup is { } group)
        {
            await page.GetByLabel(group).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Profil anlegen und Treffer zeigen" }).ClickAsync();
        Assert.Matches("/profil/[^/]+$", new Uri(page.Url).AbsolutePath);
    }
}

/// <summary>What <see cref="ProfileForm.CreateAsync(IPage, ProfileDraft)"/> types into the profile form.</summary>
internal sealed record ProfileDraft(string Name, string State, string KindLabel, string MaxOwnShare, IReadOnlyList<(string Topic, string Priority, string Text)> Goals, string? TargetGroup = null);
