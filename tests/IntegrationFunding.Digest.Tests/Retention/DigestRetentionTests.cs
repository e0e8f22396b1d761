using IntegrationFunding.Digest.Retention;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Tests.Retention;

/// <summary>The GDPR clean-up against a real SQLite file, driven by a fake clock.</summary>
public sealed class DigestRetentionTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly DigestOptions _options = new() { ConfirmationTokenLifetime = TimeSpan.FromDays(7), OutboxRetention = TimeSpan.FromDays(30) };

    private SubscriptionStore Subscriptions => new(_db.Database);

    private OutboxStore Outbox => new(_db.Database);

    [Fact]
    public async Task RunAsync_PendingSubscription_KeptBeforeLifetimeDeletedWithItsMailAfter()
    {
        await CreateAsync("pending1", confirm: false);
        await Outbox.EnqueueAsync("pending1", "pending1:confirm", "confirmation", "{}", _db.Time.GetUtcNow());
        await CreateAsync("active1", confirm: true);
        var retention = Create();

        _db.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var early = await retention.RunAsync(dryRun: false);
        Assert.Equal(RetentionCounts.None, early);
        Assert.NotNull(await Subscriptions.GetAsync("pending1"));

        _db.Time.Advance(TimeSpan.FromMinutes(2));
        var preview = await retention.RunAsync(dryRun: true);
        Assert.Equal(new RetentionCounts(1, 1), preview);
        Assert.NotNull(await Subscriptions.GetAsync("pending1"));

        var deleted = await retention.RunAsync(dryRun: false);
        Assert.Equal(new RetentionCounts(1, 1), deleted);
        Assert.Null(await Subscriptions.GetAsync("pending1"));
        Assert.Empty(await Outbox.CountByStateAsync("pending1"));
        Assert.False(await Outbox.ExistsAsync("pending1:confirm"));
        Assert.NotNull(await Subscriptions.GetAsync("active1"));
    }

    [Fact]
    public async Task RunAsync_OutboxRows_DeletesOnlySentOrFailedOlderThanRetention()
    {
        await CreateAsync("s1", confirm: true);
        await SendAsync("s1", "s1:weekly:old");
        await FailAsync("s1", "s1:weekly:bounced");
        await Outbox.EnqueueAsync("s1", "s1:weekly:waiting", "digest", "{}", _db.Time.GetUtcNow());
        _db.Time.Advance(TimeSpan.FromDays(20));
        await SendAsync("s1", "s1:weekly:recent");
        _db.Time.Advance(TimeSpan.FromDays(11));
        var retention = Create();

        var preview = await retention.RunAsync(dryRun: true);
        Assert.Equal(new RetentionCounts(0, 2), preview);
        Assert.Equal(4, (await Outbox.CountByStateAsync("s1")).Values.Sum());

        var deleted = await retention.RunAsync(dryRun: false);

        Assert.Equal(new RetentionCounts(0, 2), deleted);
        Assert.False(await Outbox.ExistsAsync("s1:weekly:old"));
        Assert.False(await Outbox.ExistsAsync("s1:weekly:bounced"));
        Assert.True(await Outbox.ExistsAsync("s1:weekly:recent"));
        Assert.True(await Outbox.ExistsAsync("s1:weekly:waiting"));
        Assert.Equal(RetentionCounts.None, await retention.RunAsync(dryRun: false));
    }

    public void Dispose() => _db.Dispose();

    private DigestRetention Create() => new(new RetentionStore(_db.Database), _db.Time, Options.Create(_options));

    private async Task CreateAsync(string id, bool confirm)
    {
        var now = _db.Time.GetUtcNow();
        await Subscriptions.CreateAsync(new StoredSubscription(id, id + "@gemeinde.de", null, "{}", "weekly", SubscriptionStates.Pending, now, null, null, 0));
        if (confirm)
        {
            Assert.True(await Subscriptions.ConfirmAsync(id, now));
        }
    }

    private async Task<OutboxMessage> EnqueueDueAsync(string subscriptionId, string key)
    {
        var now = _db.Time.GetUtcNow();
        Assert.True(await Outbox.EnqueueAsync(subscriptionId, key, "digest", "{}", now));
        return Assert.Single(await Outbox.DueAsync(now, 100), m => m.IdempotencyKey == key);
    }

    private async Task SendAsync(string subscriptionId, string key) =>
        await Outbox.MarkSentAsync(await EnqueueDueAsync(subscriptionId, key), _db.Time.GetUtcNow());

    private async Task FailAsync(string subscriptionId, string key) =>
        await Outbox.MarkFailedAsync(await EnqueueDueAsync(subscriptionId, key), "550 unbekannt", maxBounces: 100);
}
