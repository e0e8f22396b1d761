using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Api.Tests.Profiles;
using IntegrationFunding.TestKit.Logging;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationFunding.Api.Tests.Observability;

/// <summary>
/// Everything the real host logs (all categories, all levels, with scopes) during subscribe, confirm, one-click
/// unsubscribe and API-key use contains request ids but no address, token, API key or profile secret.
/// </summary>
public sealed partial class LogPrivacyTests : IDisposable
{
    private const string Email = "datenschutz.test@musterstadt.de";
    private static readonly string[] Sprache = ["sprache"];
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task HostLogs_DuringSubscribeConfirmUnsubscribeAndApiKeyUse_HaveRequestIdsButNoPersonalDataOrSecrets()
    {
        _app.UseSmtp(_smtp);
        using var host = _app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)));
        using var client = host.CreateClient();

        var subscribed = await client.PostAsJsonAsync("/api/v1/subscriptions", new { email = Email, search = new { topic = Sprache } });
        var confirmation = Assert.Single(await _smtp.WaitForAsync(1));
        var confirmUrl = new Uri(ConfirmLink().Match(confirmation.Text!).Value);
        var confirmed = await client.GetAsync(new Uri(confirmUrl.PathAndQuery, UriKind.Relative));
        var unsubscribeUrl = new Uri(confirmation.Headers["List-Unsubscribe"].Trim('<', '>'));
        var unsubscribed = await client.PostAsync(new Uri(unsubscribeUrl.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        var key = await _app.NewKeyAsync("Datenschutzprüfung");
        using var owner = host.CreateClient();
        owner.DefaultRequestHeaders.Add("X-Api-Key", key);
        var profile = await owner.CreateProfileAsync();
        var matches = await owner.GetAsync(new Uri($"/api/v1/profiles/{profile}/matches", UriKind.Relative));
        var calendar = await client.GetAsync(new Uri($"/api/v1/profiles/{profile}/deadlines.ics", UriKind.Relative));
        using var wrong = host.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", key + "x");
        var refused = await wrong.GetAsync(new Uri($"/api/v1/profiles/{profile}", UriKind.Relative));

        Assert.Equal(
            [HttpStatusCode.Accepted, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
            [subscribed.StatusCode, confirmed.StatusCode, unsubscribed.StatusCode, matches.StatusCode, calendar.StatusCode, refused.StatusCode]);
        var entries = _logs.Entries;
        var requests = entries.Where(e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal)).ToList();
        Assert.True(requests.Count >= 7, $"{requests.Count} request log lines");
        Assert.All(requests, r => Assert.Contains(r.Values, v => v.Key == "RequestId" && !string.IsNullOrEmpty(v.Value)));
        Assert.Contains(requests, r => r.Message.Contains("/api/v1/profiles/{id}/deadlines.ics", StringComparison.Ordinal));
        var secrets = new[]
        {
            Email, Email.Split('@')[0], key, profile,
            Query(confirmUrl, "token"), Query(unsubscribeUrl, "token"),
            Uri.EscapeDataString(Query(confirmUrl, "token")), Uri.EscapeDataString(Query(unsubscribeUrl, "token")),
        };
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(entries, e => e.AllText.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
        _logs.Dispose();
    }

    private static string Query(Uri url, string name) =>
        Uri.UnescapeDataString(url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Single(p => p[0] == name)[1]);

    [GeneratedRegex(@"https?://\S+/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();
}
