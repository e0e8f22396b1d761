using System.Net;
using System.Net.Http.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Digest.Composition;
using IntegrationFunding.Digest.Scheduling;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Storage.Profiles;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Subscriptions;

/// <summary>Programmes marked removed after missed crawls show up under *Beendet* for the subscribers they matched.</summary>
public sealed class RemovedProgrammeDigestTests : IDisposable
{
    private const string Source = "test-quelle";
    private static readonly string[] Sprache = ["sprache"];
    private static readonly string[] Nrw = ["DE-NW"];
    private readonly SmtpTestServer _smtp = new();
    private readonly ApiApplication _app = new();

    public RemovedProgrammeDigestTests()
    {
        _app.UseSmtp(_smtp);
        _app.Settings["PublicBaseUrl"] = "https://foerder.example.org";   // digests are sent without a request: required
    }

    [Fact]
    public async Task Digest_SavedSearchProgrammeRemovedAfterMissedCrawl_ListedUnderBeendetOthersNot()
    {
        await SeedAsync();
        var response = await _app.CreateClient().PostAsJsonAsync(
            "/api/v1/subscriptions", new { email = "amt@musterstadt.de", search = new { q = "Sprachkurs", topic = Sprache, state = Nrw } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await ConfirmOnlyPendingAsync();

        var text = await RemoveAllAndRunDigestAsync();

        var ended = Section(text, DigestSections.Ended);
        Assert.Contains("Sprachkurs Nord Test", ended, StringComparison.Ordinal);
        Assert.Contains(ChangeDescriber.Removed, ended, StringComparison.Ordinal);
        Assert.Contains("Zuletzt genannt: 10.12.2026", ended, StringComparison.Ordinal);
        Assert.Contains("https://example.org/test-sprachkurs-nord", ended, StringComparison.Ordinal);
        Assert.Contains("Handlungsfeld: Sprache", ended, StringComparison.Ordinal);
        Assert.DoesNotContain("Jobstart Test", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sprachkurs Bayern Test", text, StringComparison.Ordinal);
        Assert.DoesNotContain("noch ", ended, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_ProfileProgrammeRemovedAfterMissedCrawl_ListedUnderBeendet()
    {
        await SeedAsync();
        var profile = await _app.Services.GetRequiredService<ProfileStore>().CreateAsync("test", new MunicipalityProfile
        {
            Id = "", Name = "Musterstadt", State = "DE-NW", Kind = "stadt", MaxOwnSharePercent = 20,
            Goals = [new ProfileGoal("sprache", 1, "Sprachkurse für Geflüchtete")],
        });
        var response = await _app.CreateClient().PostAsJsonAsync("/api/v1/subscriptions", new { email = "amt@musterstadt.de", profileId = profile.Id });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await ConfirmOnlyPendingAsync();

        var text = await RemoveAllAndRunDigestAsync();

        var ended = Section(text, DigestSections.Ended);
        Assert.Contains("Sprachkurs Nord Test", ended, StringComparison.Ordinal);
        Assert.Contains(ChangeDescriber.Removed, ended, StringComparison.Ordinal);
        Assert.DoesNotContain("Sprachkurs Bayern Test", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jobstart Test", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    private Task<ApplyResult> SeedAsync() => _app.Services.GetRequiredService<ProgrammeWriter>().ApplyAsync(
        [
            Programme("test-sprachkurs-nord", "Sprachkurs Nord Test", "sprache", "DE-NW"),
            Programme("test-sprachkurs-by", "Sprachkurs Bayern Test", "sprache", "DE-BY"),
            Programme("test-jobstart", "Jobstart Test", "arbeit-ausbildung", "DE-NW"),
        ],
        "test");

    private async Task ConfirmOnlyPendingAsync()
    {
        var store = _app.Services.GetRequiredService<SubscriptionStore>();
        var pending = Assert.Single(await store.ListAsync(SubscriptionStates.Pending));
        Assert.True(await store.ConfirmAsync(pending.Id, _app.Time.GetUtcNow()));
    }

    /// <summary>One successful crawl of the source that saw none of its programmes (threshold 1), then a digest run.</summary>
    private async Task<string> RemoveAllAndRunDigestAsync()
    {
        _app.Time.Advance(TimeSpan.FromHours(1));
        var removed = await _app.Services.GetRequiredService<ProgrammeWriter>().RecordMissingAsync(Source, new HashSet<string>(), threshold: 1);
        Assert.Equal(3, removed.Count);
        _app.Time.Advance(TimeSpan.FromHours(1));

        var report = await _app.Services.GetRequiredService<DigestRunner>().RunAsync(dryRun: false);

        Assert.Equal((1, 1), (report.Queued, report.Dispatch.Sent));
        return (await _smtp.WaitForAsync(2))[1].Text!;
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf("\n" + heading + " (", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {heading} missing:\n{text}");
        var end = text.IndexOf("\n--\n", start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static Programme Programme(string id, string name, string topic, string state) => new()
    {
        Id = id,
        Name = name,
        Funder = "Testministerium",
        Level = "land",
        States = [state],
        Topics = [topic],
        TargetGroups = ["gefluechtete"],
        Applicants = ["stadt", "gemeinde", "verein"],
        MunicipalitiesEligible = true,
        FundingRateMaxPercent = 90,
        OwnShareMinPercent = 10,
        DeadlineType = DeadlineTypes.Fixed,
        Deadlines = [new DateOnly(2026, 12, 10)],
        Lifecycle = ProgrammeLifecycle.Active,
        Url = "https://example.org/" + id,
        Summary = "Testprogramm " + name,
        Sources = [new ProgrammeSource(Source, "https://example.org/" + id, null)],
    };
}
