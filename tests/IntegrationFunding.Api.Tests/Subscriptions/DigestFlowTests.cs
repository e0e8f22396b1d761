using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Digest.Scheduling;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Subscriptions;

/// <summary>The whole digest path against the real host and a real SMTP server on 127.0.0.1.</summary>
public sealed partial class DigestFlowTests : IDisposable
{
    private const string Email = "integration@musterstadt.de";
    private static readonly string[] Sprache = ["sprache"];
    private static readonly string[] Raumfahrt = ["raumfahrt"];
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();

    public DigestFlowTests()
    {
        _app.UseSmtp(_smtp);
        _app.Settings["PublicBaseUrl"] = "https://foerder.example.org";
    }

    [Fact]
    public async Task Digest_SubscribeConfirmChangeRunTwiceOutageUnsubscribe_DeliversExactlyOnceAndForgetsAddress()
    {
        var client = _app.CreateClient();
        var writer = _app.Services.GetRequiredService<ProgrammeWriter>();
        var runner = _app.Services.GetRequiredService<DigestRunner>();
        await writer.ApplyAsync([Programme("test-sprachbruecke", "Sprachbrücke Test", "sprache", new DateOnly(2026, 12, 10))], "test");

        var response = await client.PostAsJsonAsync("/api/v1/subscriptions", new { email = Email, search = new { topic = Sprache } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var confirmation = Assert.Single(await _smtp.WaitForAsync(1));
        Assert.Contains(Email, confirmation.To);
        Assert.Contains("bestätigen", confirmation.Subject, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", confirmation.Headers["List-Unsubscribe-Post"]);

        // Nothing but the confirmation before the address is confirmed.
        _app.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await runner.RunAsync(dryRun: false)).Queued);

        var confirmPage = await client.GetAsync(LocalPath(ConfirmLink().Match(confirmation.Text!).Value));
        Assert.Equal(HttpStatusCode.OK, confirmPage.StatusCode);
        Assert.Contains("bestätigt", await confirmPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        _app.Time.Advance(TimeSpan.FromHours(1));
        await writer.ApplyAsync(
            [
                Programme("test-sprachbruecke", "Sprachbrücke Test", "sprache", new DateOnly(2026, 12, 20)),
                Programme("test-deutschcafe", "Deutsch-Café Test", "sprache", new DateOnly(2026, 12, 5)),
                Programme("test-jobstart", "Jobstart Test", "arbeit-ausbildung", new DateOnly(2026, 12, 5)),
            ],
            "test");
        _app.Time.Advance(TimeSpan.FromHours(1));

        var first = await runner.RunAsync(dryRun: false);
        var second = await runner.RunAsync(dryRun: false);
        Assert.Equal((1, 1), (first.Queued, first.Dispatch.Sent));
        Assert.Equal((0, 1, 0), (second.Queued, second.AlreadyQueued, second.Dispatch.Sent));
        var mails = await _smtp.WaitForAsync(2);
        Assert.Equal(2, mails.Count);
        var digest = mails[1];
        Assert.Contains("1 neu", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("1 geändert", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("Frist verschoben 10.12. → 20.12.", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Deutsch-Café Test", Section(digest.Text!, "Neu"), StringComparison.Ordinal);
        Assert.Contains("noch 14 Tage", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Handlungsfeld: Sprache", digest.Text, StringComparison.Ordinal);
        Assert.Contains("https://foerder.example.org/programme/test-deutschcafe", digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jobstart Test", digest.Text, StringComparison.Ordinal);
        Assert.StartsWith("<https://foerder.example.org/api/v1/subscriptions/unsubscribe?token=", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "if-digest-sample.html"), digest.Html);

        // Relay down: the next week's digest waits in the outbox and goes out on the next run.
        _smtp.Stop();
        _app.Time.Advance(TimeSpan.FromDays(7));
        await writer.ApplyAsync([Programme("test-sprachbruecke", "Sprachbrücke Test", "sprache", new DateOnly(2027, 1, 15))], "test");
        var down = await runner.RunAsync(dryRun: false);
        Assert.Equal((1, 0, 1), (down.Queued, down.Dispatch.Sent, down.Dispatch.Retrying));
        _smtp.Start();
        _app.Time.Advance(TimeSpan.FromMinutes(10));
        var up = await runner.RunAsync(dryRun: false);
        Assert.Equal((0, 1), (up.Queued, up.Dispatch.Sent));
        var third = (await _smtp.WaitForAsync(3))[2];
        Assert.Contains("Frist verschoben 20.12.2026 → 15.01.2027", third.Text, StringComparison.Ordinal);

        // One-click unsubscribe (RFC 8058): POST to the List-Unsubscribe address deletes the address.
        var unsubscribe = third.Headers["List-Unsubscribe"].Trim('<', '>');
        var gone = await client.PostAsync(LocalPath(unsubscribe), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, gone.StatusCode);
        var store = _app.Services.GetRequiredService<SubscriptionStore>();
        foreach (var state in new[] { SubscriptionStates.Pending, SubscriptionStates.Active, SubscriptionStates.Paused })
        {
            Assert.DoesNotContain(await store.ListAsync(state), s => s.Email == Email);
        }

        _app.Time.Advance(TimeSpan.FromDays(7));
        await writer.ApplyAsync([Programme("test-sprachkurs-neu", "Sprachkurs Neu Test", "sprache", new DateOnly(2027, 2, 1))], "test");
        var after = await runner.RunAsync(dryRun: false);
        Assert.Equal(0, after.Queued + after.Dispatch.Sent);
        Assert.Equal(3, _smtp.Messages().Count);
    }

    [Fact]
    public async Task Subscribe_InvalidEmailAndUnknownTopic_Returns400NamingFields()
    {
        var client = _app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/subscriptions", new { email = "kein-at", search = new { topic = Raumfahrt } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("email", body, StringComparison.Ordinal);
        Assert.Contains("raumfahrt", body, StringComparison.Ordinal);
        Assert.Empty(_smtp.Messages());
    }

    [Fact]
    public async Task Confirm_TamperedToken_Returns400Page()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/subscriptions/confirm?token=c.abc.99999999999.AAAA");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(page.Contains("ungültig", StringComparison.Ordinal), page + response.Content.Headers);
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf("\n" + heading + " (", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {heading} missing");
        var next = DigestSectionEnd().Match(text, start + heading.Length + 2);
        return text[start..(next.Success ? next.Index : text.Length)];
    }

    private static string LocalPath(string url) => new Uri(url).PathAndQuery;

    private static Programme Programme(string id, string name, string topic, DateOnly deadline) => new()
    {
        Id = id,
        Name = name,
        Funder = "Testministerium",
        Level = "land",
        States = ["DE-NW"],
        Topics = [topic],
        Applicants = ["gemeinde", "verein"],
        MunicipalitiesEligible = true,
        FundingRateMaxPercent = 90,
        OwnShareMinPercent = 10,
        DeadlineType = DeadlineTypes.Fixed,
        Deadlines = [deadline],
        Lifecycle = ProgrammeLifecycle.Active,
        Url = "https://example.org/" + id,
        Summary = "Testprogramm " + name,
    };

    [GeneratedRegex(@"https?://\S+/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"\n(Geändert|Frist läuft ab|Beendet) \(|\n--\n")]
    private static partial Regex DigestSectionEnd();
}
