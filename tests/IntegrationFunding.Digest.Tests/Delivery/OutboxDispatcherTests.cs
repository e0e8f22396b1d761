using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.TestKit;
using IntegrationFunding.TestKit.Logging;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Tests.Delivery;

/// <summary>
/// Delivery with MailKit against a real SMTP server on 127.0.0.1 that refuses addresses containing "bounce" with
/// 550 and "greylist" with 451 (both quoting the address).
/// </summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly SmtpTestServer _smtp = new();
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task DispatchAsync_RepeatedPermanentRejections_RecordsFailuresAndPausesSubscription()
    {
        var (outbox, dispatcher) = Create(_smtp);
        await Subscribe("s1", "bounce@gemeinde.de");

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
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("SMTP 550", StringComparison.Ordinal));
        AssertNoAddressLogged("bounce@gemeinde.de");
    }

    [Fact]
    public async Task DispatchAsync_Greylisted_IsRetriedLaterAndLogsIdsNotTheAddress()
    {
        var (outbox, dispatcher) = Create(_smtp);
        await Subscribe("s3", "greylist@gemeinde.de");
        await outbox.EnqueueAsync("s3", "s3:confirm", "confirmation", Mail("greylist@gemeinde.de").ToJson(), _db.Time.GetUtcNow());

        var report = await dispatcher.DispatchAsync();

        Assert.Equal((0, 1, 0), (report.Sent, report.Retrying, report.Failed));
        Assert.Equal(1, (await outbox.CountByStateAsync("s3"))[OutboxStates.Pending]);
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("SMTP 451", warning.Message, StringComparison.Ordinal);
        Assert.Contains("s3:confirm", warning.Message, StringComparison.Ordinal);
        AssertNoAddressLogged("greylist@gemeinde.de");
    }

    [Fact]
    public async Task DispatchAsync_Delivered_KeepsOnlyKeyAndSendsHeadersAndBothParts()
    {
        var (outbox, dispatcher) = Create(_smtp);
        await new SubscriptionStore(_db.Database).CreateAsync(
            new StoredSubscription("s2", "amt@gemeinde.de", null, "{}", "weekly", SubscriptionStates.Pending, _db.Time.GetUtcNow(), null, null, 0));
        Assert.True(await outbox.EnqueueAsync("s2", "s2:confirm", "confirmation", Mail("amt@gemeinde.de").ToJson(), _db.Time.GetUtcNow()));
        Assert.False(await outbox.EnqueueAsync("s2", "s2:confirm", "confirmation", Mail("amt@gemeinde.de").ToJson(), _db.Time.GetUtcNow()));

        var report = await dispatcher.DispatchAsync();

        Assert.Equal(1, report.Sent);
        var mail = Assert.Single(await _smtp.WaitForAsync(1));
        Assert.Equal("multipart/alternative", mail.ContentType);
        Assert.Equal("Grüße aus dem Test", mail.Subject);
        Assert.Contains("Fließtext", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<b>Fließtext</b>", mail.Html, StringComparison.Ordinal);
        Assert.Equal("<https://example.org/u?token=x>", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("<t1@digest.test>", mail.Headers.Single(h => h.Key.Equals("Message-ID", StringComparison.OrdinalIgnoreCase)).Value);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Contains("digest@localhost", mail.Headers["From"], StringComparison.Ordinal);
        Assert.Empty(await outbox.DueAsync(_db.Time.GetUtcNow().AddDays(1), 10));
    }

    [Fact]
    public async Task DispatchAsync_NonAsciiLocalPartWithoutSmtpUtf8_FailsOnceForGoodInsteadOfRetrying()
    {
        var (outbox, dispatcher) = Create(_smtp);
        await Subscribe("s4", "jürgen@gemeinde.de");
        await outbox.EnqueueAsync("s4", "s4:confirm", "confirmation", Mail("jürgen@gemeinde.de").ToJson(), _db.Time.GetUtcNow());

        var report = await dispatcher.DispatchAsync();

        Assert.Equal((0, 0, 1), (report.Sent, report.Retrying, report.Failed));
        Assert.Empty(await outbox.DueAsync(_db.Time.GetUtcNow().AddDays(30), 10));
        Assert.Empty(_smtp.Messages());
        AssertNoAddressLogged("jürgen@gemeinde.de");
    }

    [Fact]
    public async Task DispatchAsync_NonAsciiLocalPartAndRelayOffersSmtpUtf8_IsDeliveredWithSmtpUtf8()
    {
        using var utf8 = new SmtpTestServer(smtpUtf8: true);
        var (outbox, dispatcher) = Create(utf8);
        await Subscribe("s5", "jürgen@gemeinde.de");
        await outbox.EnqueueAsync("s5", "s5:confirm", "confirmation", Mail("jürgen@gemeinde.de").ToJson(), _db.Time.GetUtcNow());

        var report = await dispatcher.DispatchAsync();

        Assert.Equal(1, report.Sent);
        var mail = Assert.Single(await utf8.WaitForAsync(1));
        Assert.True(mail.SmtpUtf8);
        Assert.Equal(["jürgen@gemeinde.de"], mail.To);
    }

    [Fact]
    public async Task DispatchAsync_RelayRequiresLogin_SendsWithCredentialsAndRetriesOnWrongPassword()
    {
        using var relay = new SmtpTestServer(credentials: "digest:geheim-42");
        var (outbox, wrong) = Create(relay, new SmtpOptions { Host = "127.0.0.1", Port = relay.Port, UserName = "digest", Password = "falsch", Timeout = TimeSpan.FromSeconds(3) });
        await Subscribe("s6", "amt@gemeinde.de");
        await outbox.EnqueueAsync("s6", "s6:confirm", "confirmation", Mail("amt@gemeinde.de").ToJson(), _db.Time.GetUtcNow());

        var refused = await wrong.DispatchAsync();
        _db.Time.Advance(TimeSpan.FromHours(1));
        var (_, right) = Create(relay, new SmtpOptions { Host = "127.0.0.1", Port = relay.Port, UserName = "digest", Password = "geheim-42" });
        var accepted = await right.DispatchAsync();

        Assert.Equal((0, 1, 0), (refused.Sent, refused.Retrying, refused.Failed));
        Assert.Equal(1, accepted.Sent);
        Assert.Single(await relay.WaitForAsync(1));
        Assert.DoesNotContain(_logs.Entries, e => e.AllText.Contains("geheim-42", StringComparison.Ordinal) || e.AllText.Contains("falsch", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SmtpTlsMode.StartTls)]
    [InlineData(SmtpTlsMode.SslOnConnect)]
    public async Task DispatchAsync_TlsRequiredButRelayIsPlainText_NeverSendsInClearAndRetries(SmtpTlsMode mode)
    {
        var (outbox, dispatcher) = Create(_smtp, new SmtpOptions { Host = "127.0.0.1", Port = _smtp.Port, EnableSsl = true, TlsMode = mode, Timeout = TimeSpan.FromSeconds(3) });
        await Subscribe("s8", "amt@gemeinde.de");
        await outbox.EnqueueAsync("s8", "s8:confirm", "confirmation", Mail("amt@gemeinde.de").ToJson(), _db.Time.GetUtcNow());

        var report = await dispatcher.DispatchAsync();

        Assert.Equal((0, 1, 0), (report.Sent, report.Retrying, report.Failed));
        Assert.Empty(_smtp.Messages());
    }

    [Fact]
    public async Task DispatchAsync_RelayDown_IsTemporary()
    {
        var (outbox, dispatcher) = Create(_smtp);
        await Subscribe("s7", "amt@gemeinde.de");
        await outbox.EnqueueAsync("s7", "s7:confirm", "confirmation", Mail("amt@gemeinde.de").ToJson(), _db.Time.GetUtcNow());
        _smtp.Stop();

        var report = await dispatcher.DispatchAsync();

        Assert.Equal((0, 1, 0), (report.Sent, report.Retrying, report.Failed));
    }

    public void Dispose()
    {
        _smtp.Dispose();
        _db.Dispose();
        _logs.Dispose();
    }

    private static MailContent Mail(string to) =>
        new(to, "Grüße aus dem Test", "Fließtext", "<p><b>Fließtext</b></p>", "https://example.org/u?token=x", "<t1@digest.test>");

    private async Task Subscribe(string id, string email)
    {
        var store = new SubscriptionStore(_db.Database);
        await store.CreateAsync(new StoredSubscription(id, email, null, "{}", "weekly", SubscriptionStates.Pending, _db.Time.GetUtcNow(), null, null, 0));
        await store.ConfirmAsync(id, _db.Time.GetUtcNow());
    }

    private void AssertNoAddressLogged(string address) =>
        Assert.DoesNotContain(_logs.Entries, e => e.AllText.Contains(address, StringComparison.OrdinalIgnoreCase));

    private (OutboxStore Outbox, OutboxDispatcher Dispatcher) Create(SmtpTestServer smtp, SmtpOptions? settings = null)
    {
        var outbox = new OutboxStore(_db.Database);
        var transport = new SmtpMailTransport(Options.Create(settings ?? new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port }), _db.Time);
        var logger = new LoggerFactory([_logs]).CreateLogger<OutboxDispatcher>();
        var dispatcher = new OutboxDispatcher(outbox, transport, _db.Time, Options.Create(new DigestOptions()), logger);
        return (outbox, dispatcher);
    }
}
