using System.Net;
using System.Net.Http.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.TestKit.Smtp;

namespace IntegrationFunding.Api.Tests.Subscriptions;

/// <summary>
/// Addresses most relays cannot deliver (non-ASCII before the @, RFC 6531 needs SMTPUTF8) are refused at
/// subscribe time with a German 400 instead of being retried forever; internationalised domains are accepted.
/// </summary>
public sealed class InternationalAddressTests : IDisposable
{
    private static readonly string[] Sprache = ["sprache"];
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();

    [Fact]
    public async Task Subscribe_NonAsciiLocalPart_Returns400InGermanAndSendsNothing()
    {
        _app.UseSmtp(_smtp);
        using var client = _app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/subscriptions", new { email = "jürgen.müller@gemeinde.de", search = new { topic = Sprache } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ohne Umlaute vor dem @", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_smtp.Messages());
    }

    [Fact]
    public async Task Subscribe_InternationalisedDomain_IsAcceptedAndDelivered()
    {
        _app.UseSmtp(_smtp);
        using var client = _app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/subscriptions", new { email = "integration@müllheim.de", search = new { topic = Sprache } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = Assert.Single(await _smtp.WaitForAsync(1));
        Assert.Equal(["integration@xn--mllheim-n2a.de"], mail.To);
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }
}
