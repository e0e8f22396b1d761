using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Storage;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.Storage.Sqlite;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Api.Tests.Programmes;

public sealed class PublicReadCachingTests
{
    private const string Url = "/api/v1/programmes?q=Zauberw%C3%BCrfelturnier";

    [Fact]
    public async Task Search_AfterAnotherWriterChangesAProgramme_ServesTheNewDataOnceTheHostHasAppliedIt()
    {
        await using var app = new ApiApplication();
        using var client = app.CreateClient();
        var before = await client.GetJsonAsync(Url);

        using var writer = new OtherProcessWriter(app.DatabasePath);
        await writer.RenameAsync("bund-bmfsfj-mehrgenerationenhaus", "Mehrgenerationenhaus mit Zauberwürfelturnier");
        await WaitForIndexAsync(app, await writer.GenerationAsync());
        var after = await client.GetJsonAsync(Url);

        Assert.Equal(0, before.GetProperty("total").GetInt32());
        Assert.Equal(1, after.GetProperty("total").GetInt32());
    }

    /// <summary>
    /// Issue 9.2: readers racing an import must not leave an answer of the old snapshot in the cache under the new
    /// generation. Readers hammer the plain URL while another writer changes programmes again and again; as soon as
    /// the host has applied a change, the plain (cached) URL shows it.
    /// </summary>
    [Fact]
    public async Task Search_ReadersRacingImports_CachedUrlShowsEachChangeOnceTheHostHasAppliedIt()
    {
        await using var app = new ApiApplication();
        using (var first = app.CreateClient())
        {
            await first.GetJsonAsync(Url);
        }

        using var writer = new OtherProcessWriter(app.DatabasePath);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var client = app.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                await client.GetJsonAsync(Url);
            }
        })).ToList();
        using var check = app.CreateClient();

        try
        {
            for (var round = 1; round <= 5; round++)
            {
                await writer.RenameAsync("bund-bmfsfj-mehrgenerationenhaus", $"Mehrgenerationenhaus Zauberwürfelturnier Runde{round}");
                await WaitForIndexAsync(app, await writer.GenerationAsync());

                var cached = await check.GetJsonAsync(Url);
                var fresh = await check.GetJsonAsync(Url + "&round=" + round);
                var name = cached.GetProperty("items")[0].GetProperty("name").GetString();
                Assert.True(name == $"Mehrgenerationenhaus Zauberwürfelturnier Runde{round}", $"round {round}: cached {name}, uncached {fresh.GetProperty("items")[0].GetProperty("name").GetString()}, index at {app.Services.GetRequiredService<SearchIndex>().Generation}, db at {await writer.GenerationAsync()}");
                Assert.Equal($"Mehrgenerationenhaus Zauberwürfelturnier Runde{round}", name);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(readers);
        }
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

    /// <summary>Waits (real time, bounded) until the host's search snapshot has reached the generation.</summary>
    private static async Task WaitForIndexAsync(ApiApplication app, long generation)
    {
        var index = app.Services.GetRequiredService<SearchIndex>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (index.Generation < generation)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }

    /// <summary>Writes programmes through its own storage objects on the same SQLite file, as the CLI does.</summary>
    private sealed class OtherProcessWriter(string databasePath) : IDisposable
    {
        private readonly SqliteDatabase _database = new(Options.Create(new StorageOptions { DatabasePath = databasePath }));

        public async Task RenameAsync(string id, string name)
        {
            var store = new ProgrammeStore(_database);
            var programme = (await store.GetAsync(id))!;
            await new ProgrammeWriter(_database, new Microsoft.Extensions.Time.Testing.FakeTimeProvider()).ApplyAsync([programme with { Name = name }], "test");
        }

        public Task<long> GenerationAsync() => new ProgrammeStore(_database).GetGenerationAsync();

        public void Dispose() => _database.Dispose();
    }
}
