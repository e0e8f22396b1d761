using System.Net;
using System.Net.Http.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Digest;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Api.Tests.Hardening;

/// <summary>
/// One rule for PublicBaseUrl: links in a mail sent during a request (the confirmation) point to the host the
/// request reached unless PublicBaseUrl is configured; mails without a request (digests) require it.
/// </summary>
public sealed class PublicBaseUrlTests : IDisposable
{
    private static readonly string[] Sprache = ["sprache"];
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();

    public PublicBaseUrlTests() => _app.UseSmtp(_smtp);

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task ConfirmationLink_WithoutPublicBaseUrl_PointsToTheHostThatWasAsked()
    {
        var address = _app.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/subscriptions", UriKind.Relative), new { email = "amt@gemeinde.de", search = new { topic = Sprache } });
        var mail = Assert.Single(await _smtp.WaitForAsync(1));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains($"{address.AbsoluteUri}api/v1/subscriptions/confirm?token=", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost:5000", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ScheduledDigests_WithoutPublicBaseUrl_StopTheStartWithAGermanMessage()
    {
        _app.Settings["Digest:Enabled"] = "true";

        var error = Assert.Throws<OptionsValidationException>(() => _app.CreateClient());

        Assert.Contains("verlangt PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_WithoutPublicBaseUrl_HasNoLinkBase()
    {
        using var client = _app.CreateClient();
        var options = _app.Services.GetRequiredService<IOptions<DigestOptions>>().Value;

        var error = Assert.Throws<InvalidOperationException>(() => options.RequiredBaseUrl());

        Assert.Contains("PublicBaseUrl fehlt", error.Message, StringComparison.Ordinal);
    }
}
