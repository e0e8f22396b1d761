using IntegrationFunding.Search.Querying;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Search.Tests.Indexing;

/// <summary>The Lucene index life cycle on a real SQLite file and a real index folder beside it.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly TestDatabase _db = new();
    private readonly List<SearchEngine> _engines = [];

    public void Dispose()
    {
        foreach (var engine in _engines)
        {
            engine.Dispose();
        }

        _db.Dispose();
    }

    private async Task<SearchEngine> OwnerAsync()
    {
        var engine = SearchEngine.Create(_db.Database, _db.Store);
        _engines.Add(engine);
        Assert.True(await engine.Index.BecomeOwner(refreshedInBackground: false));
        return engine;
    }

    private static async Task<int> TotalAsync(SearchEngine engine, string text) =>
        (await engine.Search.SearchAsync(new ProgrammeQuery { Text = text, Today = Today, PageSize = 1 })).Total;

    [Fact]
    public async Task Rebuild_WhileReadersSearch_ReadersNeverSeeFewerDocuments()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var engine = await OwnerAsync();
        await engine.Index.RefreshAsync();
        var expected = await TotalAsync(engine, "Integration");
        Assert.True(expected > 50);

        using var stop = new CancellationTokenSource();
        var rebuilds = Task.Run(async () =>
        {
            for (var i = 0; i < 4; i++)
            {
                await engine.Index.RebuildAsync();
            }

            await stop.CancelAsync();
        });
        var reads = await ReadUntilAsync(async () => Assert.Equal(expected, await TotalAsync(engine, "Integration")), stop.Token);

        await rebuilds;
        Assert.True(reads > 0);
    }

    [Fact]
    public async Task IncrementalUpdates_WhileReadersSearch_ReadersNeverSeeFewerDocuments()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var engine = await OwnerAsync();
        await engine.Index.RefreshAsync();
        var all = await _db.Store.GetAllAsync();
        var before = await TotalAsync(engine, "Integration");

        using var stop = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                await _db.Writer.ApplyAsync([all[i] with { Summary = all[i].Summary + " Integration Zusatz" + i }], "test");
                await engine.Index.RefreshAsync();
            }

            await stop.CancelAsync();
        });
        var reads = await ReadUntilAsync(async () => Assert.True(await TotalAsync(engine, "Integration") >= before), stop.Token);

        await writes;
        Assert.True(reads > 0);
        Assert.Equal(all.Count, engine.Index.Count);
    }

    [Fact]
    public async Task SearcherAcquiredBeforeASwitch_StillAnswersAfterwards()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var engine = await OwnerAsync();
        await engine.Index.RefreshAsync();
        var old = await engine.Index.AcquireAsync(CancellationToken.None);
        try
        {
            var hits = old.Searcher!.Search(new global::Lucene.Net.Search.MatchAllDocsQuery(), 1).TotalHits;

            await engine.Index.RebuildAsync();
            await engine.Index.RebuildAsync();

            Assert.Equal(hits, old.Searcher.Search(new global::Lucene.Net.Search.MatchAllDocsQuery(), 1).TotalHits);
        }
        finally
        {
            old.Release();
        }
    }

    [Fact]
    public async Task Search_AfterAnotherWriterChangesProgrammes_SeesTheChangeDocumentByDocument()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var engine = await OwnerAsync();
        var before = await TotalAsync(engine, "Zauberwürfelturnier");
        var programme = (await _db.Store.GetAsync("bund-bmfsfj-mehrgenerationenhaus"))!;

        await _db.Writer.ApplyAsync([programme with { Name = "Mehrgenerationenhaus mit Zauberwürfelturnier" }], "test");
        await engine.Index.RefreshAsync();
        var after = await engine.Search.SearchAsync(new ProgrammeQuery { Text = "Zauberwürfelturnier", Today = Today });

        Assert.Equal(0, before);
        Assert.Equal("bund-bmfsfj-mehrgenerationenhaus", Assert.Single(after.Items).Programme.Id);
    }

    [Fact]
    public async Task Restart_OnItsIndex_OpensItAndAppliesOnlyTheChanges()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var first = await OwnerAsync();
        await first.Index.RefreshAsync();
        first.Dispose();
        _engines.Remove(first);

        var second = await OwnerAsync();
        await second.Index.RefreshAsync();

        Assert.Equal("opened", second.Index.OpenedHow);
        Assert.True(await TotalAsync(second, "Integration") > 50);
    }

    [Fact]
    public async Task Restart_OnACorruptIndex_RebuildsIt()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var first = await OwnerAsync();
        await first.Index.RefreshAsync();
        var expected = await TotalAsync(first, "Integration");
        var root = first.Location.Root;
        first.Dispose();
        _engines.Remove(first);
        var build = Path.Combine(root, File.ReadAllText(Path.Combine(root, "current")).Trim());
        foreach (var file in Directory.GetFiles(build, "segments*"))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        }

        var second = await OwnerAsync();
        await second.Index.RefreshAsync();

        Assert.StartsWith("rebuilt: unreadable index", second.Index.OpenedHow);
        Assert.Equal(expected, await TotalAsync(second, "Integration"));
    }

    [Fact]
    public async Task SecondEngine_WhileTheFirstOwnsTheFolder_SearchesAPrivateIndexInMemory()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var owner = await OwnerAsync();
        await owner.Index.RefreshAsync();
        var other = SearchEngine.Create(_db.Database, _db.Store);
        _engines.Add(other);

        Assert.False(await other.Index.BecomeOwner(refreshedInBackground: false));
        Assert.Equal(await TotalAsync(owner, "Integration"), await TotalAsync(other, "Integration"));
        Assert.False(other.Index.OwnsIndexFolder);
    }

    [Theory]
    [InlineData("!!! ??? ...")]
    [InlineData("—")]
    [InlineData("und der die")]
    public async Task Search_WithoutASearchableWord_ReturnsNothingAndSaysSo(string text)
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var engine = await OwnerAsync();

        var results = await engine.Search.SearchAsync(new ProgrammeQuery { Text = text, Today = Today });

        Assert.Equal(0, results.Total);
        Assert.Equal(TextMatcher.NoWordsMessage, results.Notice?.Message);
    }

    [Fact]
    public async Task Search_WithAnUnknownWord_IgnoresItAndNamesIt()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var engine = await OwnerAsync();

        var results = await engine.Search.SearchAsync(new ProgrammeQuery { Text = "Sprachkurse Quastenflosser", Today = Today });

        Assert.True(results.Total > 0);
        Assert.Equal(["Quastenflosser"], results.Notice!.UnknownWords);
        Assert.Equal("Sprachkurse", results.Notice.Suggestion);
    }

    [Fact]
    public async Task Search_WhenNoProgrammeHasMostWords_ShowsSingleWordMatchesAndSuggestsDroppingTheRarest()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var engine = await OwnerAsync();

        var results = await engine.Search.SearchAsync(new ProgrammeQuery { Text = "Mehrgenerationenhaus Rassismus", Today = Today });

        Assert.True(results.Total >= 2);
        Assert.NotNull(results.Notice!.Suggestion);
        Assert.DoesNotContain(" ", results.Notice.Suggestion);
    }

    private static async Task<int> ReadUntilAsync(Func<Task> read, CancellationToken stop)
    {
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            await read();
            reads++;
        }

        return reads;
    }
}

/// <summary>Issue 9.9: no search waits for an index refresh or rebuild once a snapshot exists.</summary>
public sealed class NoSearchWaitsForARebuildTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly TestDatabase _db = new();
    private readonly SearchEngine _engine;

    public NoSearchWaitsForARebuildTests() => _engine = SearchEngine.Create(_db.Database, _db.Store);

    public void Dispose()
    {
        _engine.Dispose();
        _db.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Search_WhileARebuildHoldsTheIndexAndTheDataMoved_AnswersFromThePreviousSnapshot(bool refreshedInBackground)
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        Assert.True(await _engine.Index.BecomeOwner(refreshedInBackground));
        await _engine.Index.RefreshAsync();
        var programme = (await _db.Store.GetAsync("bund-bmfsfj-mehrgenerationenhaus"))!;

        using (await _engine.Index.HoldRefreshLockAsync())
        {
            await _db.Writer.ApplyAsync([programme with { Name = "Mehrgenerationenhaus mit Zauberwürfelturnier" }], "test");
            var during = await _engine.Search.SearchAsync(new ProgrammeQuery { Text = "Mehrgenerationenhaus", Today = Today })
                .WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Contains(during.Items, i => i.Programme.Id == "bund-bmfsfj-mehrgenerationenhaus");
        }
    }
}
