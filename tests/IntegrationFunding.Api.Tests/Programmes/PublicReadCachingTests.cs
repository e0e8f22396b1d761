using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Storage.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Programmes;

public sealed class PublicReadCachingTests
{
    [Fact]
    public async Task Search_AfterProgrammeChange_ServesNewDataOnceTheGenerationIsProbedAgain()
    {
        await using var app = new ApiApplication();
        using var client = app.CreateClient();
        const string url = "/api/v1/programmes?q=Zauberw%C3%BCrfelturnier";
        var before = await client.GetJsonAsync(url);
        var store = app.Services.GetRequiredService<ProgrammeStore>();
        var programme = (await store.GetAsync("bund-bmfsfj-mehrgenerationenhaus"))!;

        await app.Services.GetRequiredService<ProgrammeWriter>()
            .ApplyAsync([programme with { Name = "Mehrgenerationenhaus mit Zauberwürfelturnier" }], "test");
        app.Time.Advance(TimeSpan.FromSeconds(2));
        var after = await client.GetJsonAsync(url);

        Assert.Equal(0, before.GetProperty("total").GetInt32());
        Assert.Equal(1, after.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Programme_AfterItsDeadlinePassed_IsNotServedFromYesterdaysCache()
    {
        await using var app = new ApiApplication();
        using var client = app.CreateClient();
        const string url = "/api/v1/programmes/land-bw-integrationsoffensive";
        var before = await client.GetJsonAsync(url);

        app.Time.Advance(TimeSpan.FromDays(30));
        var after = await client.GetJsonAsync(url);

        Assert.Equal(("open", "2026-12-08"), (before.GetProperty("status").GetString(), before.GetProperty("nextDeadline").GetString()));
        // The programme is periodic: once 2026-12-08 has passed, its next deadline is the same day next year (not yesterday's cached date).
        Assert.Equal(("open", "2027-12-08"), (after.GetProperty("status").GetString(), after.GetProperty("nextDeadline").GetString()));
    }
}
