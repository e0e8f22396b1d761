using System.Net;
using System.Net.Http.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Digest.Scheduling;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Subscriptions;

/// <summary>Every digest run (scheduler and <c>digest send</c>) deletes unconfirmed subscriptions once their link expired.</summary>
public sealed class DigestRetentionFlowTests : IDisposable
{
    private static readonly string[] Sprache = ["sprache"];
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();

    public DigestRetentionFlowTests()
    {
        _app.UseSmtp(_smtp);
        _app.Settings["PublicBaseUrl"] = "https://foerder.example.org";   // digests are sent without a request: required
        _app.Settings["Digest:ConfirmationTokenLifetime"] = "2.00:00:00";
    }

    [Fact]
    public async Task RunAsync_UnconfirmedSubscriptionPastLifetime_DryRunReportsThenRunDeletesAddress()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/v1/subscriptions", new { email = "vergessen@musterstadt.de", search = new { topic = Sprache } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(await _smtp.WaitForAsync(1));
        var store = _app.Services.GetRequiredService<SubscriptionStore>();
        var runner = _app.Services.GetRequiredService<DigestRunner>();

        _app.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(RetentionCounts.None, (await runner.RunAsync(dryRun: false)).Retention);
        Assert.Single(await store.ListAsync(SubscriptionStates.Pending));

        _app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(new RetentionCounts(1, 1), (await runner.RunAsync(dryRun: true)).Retention);
        Assert.Single(await store.ListAsync(SubscriptionStates.Pending));
        Assert.Equal(new RetentionCounts(1, 1), (await runner.RunAsync(dryRun: false)).Retention);
        Assert.Empty(await store.ListAsync(SubscriptionStates.Pending));
    }

    [Fact]
    public async Task Start_OutboxRetentionBelowSevenDays_FailsValidation()
    {
        _app.Settings["Digest:OutboxRetention"] = "1.00:00:00";

        var error = Record.Exception(() => _app.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("OutboxRetention", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }
}
