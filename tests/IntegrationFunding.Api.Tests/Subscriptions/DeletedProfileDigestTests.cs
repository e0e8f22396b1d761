using System.Net;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Api.Tests.Profiles;
using IntegrationFunding.Digest.Scheduling;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Storage.Profiles;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Subscriptions;

/// <summary>A deleted profile's subscriptions get no more mail: deleted with the profile, skipped (and deleted) by a digest run.</summary>
public sealed class DeletedProfileDigestTests : IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();

    public DeletedProfileDigestTests()
    {
        _app.UseSmtp(_smtp);
        _app.Settings["PublicBaseUrl"] = "https://foerder.example.org";   // digests are sent without a request: required
        _app.Settings["Digest:SendEmptyDigests"] = "true"; // without the skip, an orphan would get an empty digest
    }

    [Fact]
    public async Task DeleteProfile_WithSubscriptions_DeletesOnlyItsSubscriptions()
    {
        using var client = _app.ClientWithKey(await _app.NewKeyAsync("Lotsenstelle A"));
        var id = await client.CreateProfileAsync();
        var other = await client.CreateProfileAsync();
        var store = _app.Services.GetRequiredService<SubscriptionStore>();
        await store.CreateAsync(Subscription("s-deleted", id));
        await store.CreateAsync(Subscription("s-other", other));

        using var delete = await client.DeleteAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Null(await store.GetAsync("s-deleted"));
        Assert.NotNull(await store.GetAsync("s-other"));
    }

    [Fact]
    public async Task RunAsync_SubscriptionToDeletedProfile_SkipsWithoutMailAndDeletesIt()
    {
        var profiles = _app.Services.GetRequiredService<ProfileStore>();
        var kept = await profiles.CreateAsync("test", Profile("Behaltestadt"));
        var gone = await profiles.CreateAsync("test", Profile("Weggestadt"));
        var store = _app.Services.GetRequiredService<SubscriptionStore>();
        await store.CreateAsync(Subscription("s-kept", kept.Id));
        await store.CreateAsync(Subscription("s-gone", gone.Id));
        Assert.True(await store.ConfirmAsync("s-kept", _app.Time.GetUtcNow()));
        Assert.True(await store.ConfirmAsync("s-gone", _app.Time.GetUtcNow()));
        Assert.True(await profiles.DeleteAsync("test", gone.Id)); // behind the service's back: an orphan, as before this rule
        _app.Time.Advance(TimeSpan.FromDays(8));
        var runner = _app.Services.GetRequiredService<DigestRunner>();

        var dry = await runner.RunAsync(dryRun: true);
        var real = await runner.RunAsync(dryRun: false);

        Assert.Equal(1, dry.ProfileGone);
        Assert.DoesNotContain(dry.Previews, m => m.Text.Contains("Weggestadt", StringComparison.Ordinal) || m.Text.Contains("nicht mehr vorhanden", StringComparison.Ordinal));
        Assert.Equal(1, real.ProfileGone);
        Assert.Equal(1, real.Queued);
        Assert.Equal(1, real.Dispatch.Sent);
        Assert.Null(await store.GetAsync("s-gone"));
        Assert.NotNull(await store.GetAsync("s-kept"));
        var mail = Assert.Single(await _smtp.WaitForAsync(1));
        Assert.Contains("Behaltestadt", mail.Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    private StoredSubscription Subscription(string id, string profileId) =>
        new(id, $"{id}@example.org", profileId, null, "weekly", SubscriptionStates.Pending, _app.Time.GetUtcNow(), null, null, 0);

    private static MunicipalityProfile Profile(string name) => new()
    {
        Id = "", Name = name, State = "DE-NW", Kind = "stadt", MaxOwnSharePercent = 20, Goals = [new ProfileGoal("sprache", 1, null)],
    };
}
