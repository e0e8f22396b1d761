using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.TestKit;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Tests.Delivery;

/// <summary>Delivery against a real SMTP server on 127.0.0.1 that refuses addresses containing "bounce" with 550.</summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly SmtpTestServer _smtp = new();

    [Fact]
    public async Task DispatchAsync_RepeatedPermanentRejections_RecordsFailuresAndPausesSubscription()
    {
        var (outbox, dispatcher) = Create();
        await new SubscriptionStore(_db.Database).CreateAsync(
            new StoredSubscription("s1", "bounce@gemeinde.de", null, "{}", "weekly", SubscriptionStates.Pending, _db.Time.GetUtcNow(), null, null, 0));
        await new SubscriptionStore(_db.Database).ConfirmAsync("s1", _db.Time.GetUtcNow());

        var reports = new List<DispatchReport>();
        for (var week = 0; week < 3; week++)
        {
            await outbox.EnqueueAsync("s1", $"s1:weekly:{week}", "digest", Mail("bounce@gemeinde.de").ToJson(), _db.Time.GetUtcNow());
            reports.Add(await dispatcher.DispatchAsync());
        }

        Assert.All(reports, r => Assert.Equal((0, 1), (r.Sent, r.Failed)));
        Assert.Equal([0, 0, 1], reports.Select(r => r.Paused));
        Assert.Equal(SubscriptionStates.Paused, (await new SubscriptionStore(_db.Database).GetAsync("s1"))!.State);
        Assert.Equal(3, (await outbox.CountByStateAsync("s1"))[OutboxStates.Failed]);
        Assert.Empty(_smtp.Messages());
    }

    [Fact]
    public async Task DispatchAsync_Delivered_KeepsOnlyKeyAndSendsHeadersAndBothParts()
    {
        var (outbox, dispatcher) = Create();
        await new SubscriptionStore(_db.Database).CreateAsync(
            new StoredSubscription("s2", "amt@gemeinde.de", null, "{}", "weekly", SubscriptionStates.Pending, _db.Time.GetUtcNow(), null, null, 0));
        Assert.True(await outbox.EnqueueAsync("s2", "s2:confirm", "confirmation", Mail("amt@gemeinde.de").ToJson(), _db.Time.GetUtcNow()));
        Assert.False(await outbox.EnqueueAsync("s2", "s2:confirm", "confirmation", Mail("amt@gemeinde.de").ToJson(), _db.Time.GetUtcNow()));

        var report = await dispatcher.DispatchAsync();

        Assert.Equal(1, report.Sent);
        var mail = Assert.Single(await _smtp.WaitForAsync(1));
        Assert.Equal("Grüße aus dem Test", mail.Subject);
        Assert.Contains("Fließtext", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<b>Fließtext</b>", mail.Html, StringComparison.Ordinal);
        Assert.Equal("<https://example.org/u?token=x>", mail.Headers["List-Unsubscribe"]);
        Assert.Empty(await outbox.DueAsync(_db.Time.GetUtcNow().AddDays(1), 10));
    }

    public void Dispose()
    {
        _smtp.Dispose();
        _db.Dispose();
    }

    private static MailContent Mail(string to) =>
        new(to, "Grüße aus dem Test", "Fließtext", "<p><b>Fließtext</b></p>", "https://example.org/u?token=x", "<t1@digest.test>");

    private (OutboxStore Outbox, OutboxDispatcher Dispatcher) Create()
    {
        var outbox = new OutboxStore(_db.Database);
        var transport = new SmtpMailTransport(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = _smtp.Port }));
        var dispatcher = new OutboxDispatcher(outbox, transport, _db.Time, Options.Create(new DigestOptions()), NullLogger<OutboxDispatcher>.Instance);
        return (outbox, dispatcher);
    }
}
