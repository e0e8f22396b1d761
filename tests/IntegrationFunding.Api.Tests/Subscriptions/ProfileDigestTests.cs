using System.Net;
using System.Net.Http.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Digest.Scheduling;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Storage.Profiles;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Subscriptions;

/// <summary>Profile subscriptions go through the real matching (ProfileStore + ProfileMatcher).</summary>
public sealed class ProfileDigestTests : IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();

    public ProfileDigestTests()
    {
        _app.UseSmtp(_smtp);
        _app.Settings["PublicBaseUrl"] = "https://foerder.example.org";   // digests are sent without a request: required
    }

    [Fact]
    public async Task Digest_ProfileSubscription_ListsMatchingNewProgrammeWithMatcherReasons()
    {
        var client = _app.CreateClient();
        var profile = await _app.Services.GetRequiredService<ProfileStore>().CreateAsync("test", new MunicipalityProfile
        {
            Id = "", Name = "Musterstadt", State = "DE-NW", Kind = "stadt", MaxOwnSharePercent = 20,
            Goals = [new ProfileGoal("sprache", 1, "Sprachkurse für Geflüchtete")],
        });
        var response = await client.PostAsJsonAsync("/api/v1/subscriptions", new { email = "amt@musterstadt.de", profileId = profile.Id });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var store = _app.Services.GetRequiredService<SubscriptionStore>();
        var pending = Assert.Single(await store.ListAsync(SubscriptionStates.Pending));
        Assert.True(await store.ConfirmAsync(pending.Id, _app.Time.GetUtcNow()));

        _app.Time.Advance(TimeSpan.FromHours(1));
        await _app.Services.GetRequiredService<ProgrammeWriter>().ApplyAsync(
        [
            new Programme
            {
                Id = "test-sprachkurs-nrw", Name = "Sprachkurse vor Ort NRW Test", Funder = "Land NRW", Level = "land", States = ["DE-NW"],
                Topics = ["sprache"], TargetGroups = ["gefluechtete"], Applicants = ["stadt", "gemeinde"], MunicipalitiesEligible = true,
                OwnShareMinPercent = 10, DeadlineType = DeadlineTypes.Fixed, Deadlines = [new DateOnly(2027, 3, 1)],
                Lifecycle = ProgrammeLifecycle.Active, Url = "https://example.org/sprachkurs", Summary = "Sprachkurse für Geflüchtete in Kommunen.",
            },
            new Programme
            {
                Id = "test-bayern-only", Name = "Nur Bayern Test", Funder = "Land Bayern", Level = "land", States = ["DE-BY"],
                Topics = ["sprache"], Applicants = ["stadt"], MunicipalitiesEligible = true, DeadlineType = DeadlineTypes.Fixed,
                Deadlines = [new DateOnly(2027, 3, 1)], Lifecycle = ProgrammeLifecycle.Active, Url = "https://example.org/by",
            },
        ],
            "test");
        _app.Time.Advance(TimeSpan.FromHours(1));

        var report = await _app.Services.GetRequiredService<DigestRunner>().RunAsync(dryRun: false);

        Assert.Equal(1, report.Dispatch.Sent);
        var digest = (await _smtp.WaitForAsync(2))[1];
        Assert.Contains("Sprachkurse vor Ort NRW Test", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Förderprofil „Musterstadt“", digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nur Bayern Test", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_UnknownProfile_Returns400NamingProfileId()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/v1/subscriptions", new { email = "amt@musterstadt.de", profileId = "gibtesnicht" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("profileId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }
}
