using System.Net;
using System.Net.Http.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.TestKit.Smtp;

namespace IntegrationFunding.Api.Tests.Hardening;

/// <summary>
/// Mail bombing through double opt-in: 300 subscribe requests in a burst against the real host on a Kestrel
/// socket and a real SMTP server. Every request gets the same 202; only the limited number of mails leaves.
/// </summary>
public sealed class ConfirmationLimitTests : IDisposable
{
    private static readonly string[] Sprache = ["sprache"];
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();
    private HttpClient _client = null!;

    public ConfirmationLimitTests()
    {
        _app.UseSmtp(_smtp);
        _app.Settings["PublicBaseUrl"] = "https://foerder.example.org";
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task SameAddressAndSearch_300Times_SendsOneConfirmation_UntilTheWindowHasPassed()
    {
        Start();

        var statuses = await BurstAsync(300, _ => new { email = "opfer@gemeinde.de", search = new { topic = Sprache } });
        await Task.Delay(500);   // would-be further mails are sent synchronously; give the sink a moment anyway

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        Assert.Single(await _smtp.WaitForAsync(1));
        Assert.Single(_smtp.Messages());

        _app.Time.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.Accepted, (await SubscribeAsync(new { email = "opfer@gemeinde.de", search = new { topic = Sprache } })).StatusCode);
        Assert.Equal(2, (await _smtp.WaitForAsync(2)).Count);
    }

    [Fact]
    public async Task SameAddress_ManySearches_SendsAFewConfirmations()
    {
        Start();
        string[] topics = ["sprache", "bildung", "arbeit-ausbildung", "gesundheit", "wohnen-quartier", "kultur-sport-freizeit"];

        var statuses = await BurstAsync(60, i => new { email = "OPFER@gemeinde.de", search = new { topic = (string[])[topics[i % topics.Length]] } });
        await Task.Delay(500);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        Assert.Equal(3, (await _smtp.WaitForAsync(3)).Count);
        Assert.Equal(3, _smtp.Messages().Count);
    }

    [Fact]
    public async Task OneClient_ManyAddresses_SendsAtMostTheClientLimit()
    {
        Start();

        var statuses = await BurstAsync(300, i => new { email = $"person{i}@gemeinde.de", search = new { topic = Sprache } });
        await Task.Delay(500);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        Assert.Equal(10, (await _smtp.WaitForAsync(10)).Count);
        Assert.Equal(10, _smtp.Messages().Count);
    }

    private void Start()
    {
        _client = new HttpClient { BaseAddress = _app.StartOnLoopback() };
    }

    private async Task<List<HttpStatusCode>> BurstAsync(int count, Func<int, object> body)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await SubscribeAsync(body(i));
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private Task<HttpResponseMessage> SubscribeAsync(object body) =>
        _client.PostAsJsonAsync(new Uri("/api/v1/subscriptions", UriKind.Relative), body);
}
