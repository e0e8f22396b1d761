using Deque.AxeCore.Playwright;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>"Förderprofil löschen": confirmation page, POST, done page; the private link and its subscriptions are gone.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ProfileDeletionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task DeleteProfile_KeyboardOnConfirmationPage_PrivateLinkShowsNotFoundAndSubscriptionIsGone()
    {
        var page = await fixture.NewPageAsync();
        await ProfileForm.CreateAsync(page, "Gemeinde Löschingen");
        var profileUrl = new Uri(page.Url).AbsolutePath;
        var profileId = profileUrl["/profil/".Length..];
        var email = $"loeschen-{Guid.NewGuid():N}@gemeinde-test.de";
        await page.GotoAsync($"/abo?profil={profileId}");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "E-Mail bestellen" }).ClickAsync();
        await page.WaitForURLAsync("**/abo/gesendet");
        Assert.Contains(await PendingAsync(), s => s.ProfileId == profileId);

        await page.GotoAsync(profileUrl);
        await page.TabToAsync("a[href$='/loeschen']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/loeschen");
        Assert.Contains("Wirklich löschen? Das Profil und der private Link funktionieren danach nicht mehr. Abos zu diesem Profil erhalten keine E-Mails mehr.",
            await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Förderprofil „Gemeinde Löschingen“ löschen", await page.Locator("h1").InnerTextAsync());
        await page.TabToAsync("form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profil/geloescht");

        Assert.Equal("Ihr Förderprofil wurde gelöscht.", await page.Locator("h1").InnerTextAsync());
        var response = await page.GotoAsync(profileUrl);
        Assert.Equal(404, response!.Status);
        Assert.Equal("Förderprofil nicht gefunden", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("gibt es nicht (mehr)", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await PendingAsync(), s => s.ProfileId == profileId);
        var again = await page.GotoAsync(profileUrl + "/loeschen");
        Assert.Equal(404, again!.Status);
    }

    [Fact]
    public async Task EditPage_DeleteLink_LeadsToConfirmationWithCancelBackToMatches()
    {
        var page = await fixture.NewPageAsync();
        await ProfileForm.CreateAsync(page, "Stadt Bleibtda");
        var profileUrl = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync(profileUrl.Replace("/profil/", "/profil/bearbeiten/", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "Förderprofil löschen" }).ClickAsync();
        await page.WaitForURLAsync("**/loeschen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Abbrechen und zurück zu den Treffern" }).ClickAsync();
        await page.WaitForURLAsync("**" + profileUrl);

        Assert.Contains("Stadt Bleibtda", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletePost_WithoutAntiforgeryToken_IsRejectedAndProfileStays()
    {
        var page = await fixture.NewPageAsync();
        await ProfileForm.CreateAsync(page, "Gemeinde Fälschungsschutz");
        var profileUrl = new Uri(page.Url).AbsolutePath;

        var post = await page.APIRequest.PostAsync(profileUrl + "/loeschen", new() { MaxRedirects = 0 });
        var after = await page.GotoAsync(profileUrl);

        Assert.Equal(400, post.Status);
        Assert.Equal(200, after!.Status);
    }

    [Fact]
    public async Task DeletionPages_AxeScan_NoSeriousOrCriticalViolations()
    {
        var page = await fixture.NewPageAsync();
        await ProfileForm.CreateAsync(page, "Landkreis Barrierefrei");
        var profileUrl = new Uri(page.Url).AbsolutePath;
        var problems = new List<string>();

        await page.GotoAsync(profileUrl + "/loeschen");
        problems.AddRange(await ScanAsync(page, "confirmation"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, Förderprofil endgültig löschen" }).ClickAsync();
        await page.WaitForURLAsync("**/profil/geloescht");
        problems.AddRange(await ScanAsync(page, "deleted"));
        await page.GotoAsync(profileUrl);
        problems.AddRange(await ScanAsync(page, "not found"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task<IReadOnlyList<StoredSubscription>> PendingAsync() =>
        await fixture.Host.Get<SubscriptionStore>().ListAsync(SubscriptionStates.Pending);

    private static async Task<IEnumerable<string>> ScanAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help} – {string.Join(" | ", v.Nodes.Select(n => n.Html))}");
    }
}
