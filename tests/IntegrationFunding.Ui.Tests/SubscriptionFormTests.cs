using Deque.AxeCore.Playwright;
using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>The digest form <c>/abo</c>: from a search or a profile to a pending (double opt-in) subscription.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SubscriptionFormTests(BrowserFixture fixture)
{
    private const string Confirmation = "Bitte bestätigen Sie Ihre Adresse – wir haben Ihnen eine E-Mail geschickt.";

    [Fact]
    public async Task SubscribeToSearch_KeyboardOnly_StoresPendingSubscriptionWithTheSearch()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/suche?q=Sprachkurs&topic=sprache&sort=deadline");
        await page.GetByRole(AriaRole.Link, new() { Name = "Diese Suche als E-Mail abonnieren" }).ClickAsync();
        await page.WaitForURLAsync("**/abo?q=Sprachkurs&topic=sprache");
        var summary = await page.Locator(".abo-search").InnerTextAsync();
        Assert.Contains("Suchbegriff: „Sprachkurs“", summary, StringComparison.Ordinal);
        Assert.Contains("Handlungsfeld: Sprache", summary, StringComparison.Ordinal);

        var email = $"suche-{Guid.NewGuid():N}@gemeinde-test.de";
        await page.TabToAsync("#Input_Email");
        await page.Keyboard.TypeAsync(email);
        await page.TabToAsync("input[name='Input.Frequency']");
        Assert.Equal("weekly", await page.EvaluateAsync<string>("() => document.activeElement.value"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.TabToAsync("form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/abo/gesendet");

        Assert.Equal(Confirmation, await page.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain(email, await page.ContentAsync(), StringComparison.Ordinal);
        var stored = Assert.Single(await PendingAsync(email));
        Assert.Equal(SubscriptionFrequencies.Daily, stored.Frequency);
        Assert.Null(stored.ProfileId);
        var search = SavedSearch.FromJson(stored.Search!);
        Assert.Equal("Sprachkurs", search.Text);
        Assert.Equal(["sprache"], search.Topics);
        Assert.True(await fixture.Host.Get<OutboxStore>().ExistsAsync(stored.Id + ":confirm"), "the confirmation mail is queued (no SMTP server here)");
    }

    [Fact]
    public async Task SubscribeToProfile_SameAddressTwice_SameAnswer_OnePendingConfirmation()
    {
        var page = await fixture.NewPageAsync();
        await ProfileForm.CreateAsync(page, "Gemeinde Abohausen");
        var profileId = new Uri(page.Url).AbsolutePath["/profil/".Length..];
        var email = $"profil-{Guid.NewGuid():N}@gemeinde-test.de";
        for (var i = 0; i < 2; i++)
        {
            await page.GotoAsync("/profil/" + profileId);
            await page.GetByRole(AriaRole.Link, new() { Name = "Wöchentliche E-Mail zu diesem Profil" }).ClickAsync();
            Assert.Contains("„Gemeinde Abohausen“", await page.Locator(".callout").InnerTextAsync(), StringComparison.Ordinal);
            await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "E-Mail bestellen" }).ClickAsync();
            Assert.Equal(Confirmation, await page.Locator("h1").InnerTextAsync());
        }

        // Against mail bombing: one pending confirmation per address and subscription (the answer is the same).
        var stored = Assert.Single(await PendingAsync(email));
        Assert.Equal(profileId, stored.ProfileId);
        Assert.Equal(SubscriptionFrequencies.Weekly, stored.Frequency);
    }

    [Fact]
    public async Task Submit_InvalidAddress_Returns400WithErrorLinkedToField()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/abo?q=Kita&level=bund");
        await page.GetByLabel("E-Mail-Adresse").FillAsync("keine-adresse@");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "E-Mail bestellen" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, response.Status);

        var link = page.Locator(".error-summary a");
        Assert.Equal("#Input_Email", await link.GetAttributeAsync("href"));
        Assert.Contains("E-Mail-Adresse", await link.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.Locator("#Input_Email").GetAttributeAsync("aria-invalid"));
        Assert.Equal("keine-adresse@", await page.Locator("#Input_Email").InputValueAsync());
        Assert.Contains("Suchbegriff: „Kita“", await page.Locator(".abo-search").InnerTextAsync(), StringComparison.Ordinal);
        await link.ClickAsync();
        Assert.Equal("Input_Email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(await PendingAsync("keine-adresse@"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var page = await fixture.NewPageAsync();
        var email = $"ohne-token-{Guid.NewGuid():N}@gemeinde-test.de";
        var response = await page.APIRequest.PostAsync("/abo?q=Sprache", new() { Form = page.APIRequest.CreateFormData().Set("Input.Email", email) });
        Assert.Equal(400, response.Status);
        Assert.Empty(await PendingAsync(email));
    }

    [Fact]
    public async Task Get_UnknownProfile_Returns404InGerman()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/abo?profil=abcdefghijklmnopqrstuvwxyz234567");
        Assert.Equal(404, response!.Status);
        Assert.Contains("Dieses Förderprofil gibt es nicht", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_AxeScan_NoSeriousOrCriticalViolations()
    {
        var page = await fixture.NewPageAsync();
        var problems = new List<string>();
        await page.GotoAsync("/abo?q=Sprachkurs&state=DE-NW&maxOwnShare=20");
        problems.AddRange(await ScanAsync(page, "/abo"));
        await page.GetByRole(AriaRole.Button, new() { Name = "E-Mail bestellen" }).ClickAsync();
        Assert.True(await page.Locator(".error-summary").IsVisibleAsync(), "the empty form shows the error summary");
        problems.AddRange(await ScanAsync(page, "/abo (with errors)"));
        await page.GotoAsync("/abo/gesendet");
        problems.AddRange(await ScanAsync(page, "/abo/gesendet"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task<IEnumerable<string>> ScanAsync(IPage page, string url)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help} – {string.Join(" | ", v.Nodes.Select(n => n.Html))}");
    }

    private async Task<List<StoredSubscription>> PendingAsync(string email) =>
        (await fixture.Host.Get<SubscriptionStore>().ListAsync(SubscriptionStates.Pending)).Where(s => s.Email == email).ToList();
}
