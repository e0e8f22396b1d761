using IntegrationFunding.Search.Analysis;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Search.Tests.Indexing;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly FtsIndex _fts;
    private readonly SearchIndex _index;
    private readonly FtsQueryBuilder _queries = new(GermanAnalyzer.Default);

    public SearchIndexTests()
    {
        _fts = new FtsIndex(_db.Database, new IndexDocumentBuilder(GermanAnalyzer.Default), Options.Create(new SearchOptions()));
        _index = new SearchIndex(_db.Database, _db.Store, _fts);
    }

    public void Dispose()
    {
        _index.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task Rebuild_WhileReadersQuery_ReadersAlwaysSeeTheWholeIndex()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        await _index.RebuildAsync();
        var expression = _queries.Build("Integration")!.All;
        var expected = (await _fts.MatchAsync(expression, CancellationToken.None)).Count;
        Assert.True(expected > 50);

        using var stop = new CancellationTokenSource();
        var rebuilds = Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await _index.RebuildAsync();
            }

            await stop.CancelAsync();
        });
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            Assert.Equal(expected, (await _fts.MatchAsync(expression, CancellationToken.None)).Count);
            reads++;
        }

        await rebuilds;
        Assert.True(reads > 0);
    }

    [Fact]
    public async Task Search_AfterAnotherWriterChangesProgrammes_SeesTheChangeWithoutRestart()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        var search = new ProgrammeSearch(_index, _queries, new Highlighter(GermanAnalyzer.Default));
        var today = new DateOnly(2026, 11, 21);
        var before = await search.SearchAsync(new ProgrammeQuery { Text = "Zauberwürfelturnier", Today = today });
        var programme = (await _db.Store.GetAsync("bund-bmfsfj-mehrgenerationenhaus"))!;

        await _db.Writer.ApplyAsync([programme with { Name = "Mehrgenerationenhaus mit Zauberwürfelturnier" }], "test");
        var after = await search.SearchAsync(new ProgrammeQuery { Text = "Zauberwürfelturnier", Today = today });

        Assert.Equal(0, before.Total);
        Assert.Equal("bund-bmfsfj-mehrgenerationenhaus", Assert.Single(after.Items).Programme.Id);
    }
}
