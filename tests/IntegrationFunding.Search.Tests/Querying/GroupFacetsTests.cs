using IntegrationFunding.Search.Querying;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Search.Tests.Querying;

/// <summary>Disjunctive group counts for the search page, on the starter data in a real SQLite file and index.</summary>
public sealed class GroupFacetsTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly TestDatabase _db = new();
    private SearchEngine? _engine;

    public void Dispose()
    {
        _engine?.Dispose();
        _db.Dispose();
    }

    private async Task<ProgrammeSearch> SearchAsync()
    {
        await _db.Importer.ImportStarterIfEmptyAsync();
        _engine = SearchEngine.Create(_db.Database, _db.Store);
        Assert.True(await _engine.Index.BecomeOwner(refreshedInBackground: false));
        await _engine.Index.RefreshAsync();
        return _engine.Search;
    }

    [Fact]
    public async Task GroupCounts_ForTwoTickedTopics_EachCountIsTheHitsOfThatTopicUnderTheOtherFilters()
    {
        var search = await SearchAsync();
        var baseQuery = new ProgrammeQuery { Today = Today, Applicants = ["gemeinde"] };
        var topics = (await search.SearchAsync(baseQuery)).Facets.Topics.OrderByDescending(t => t.Value).Select(t => t.Key).Take(2).ToList();
        Assert.Equal(2, topics.Count);
        var query = baseQuery with { Topics = topics };

        var results = await search.SearchAsync(query);
        var groups = await search.GroupFacetsAsync(query);

        foreach (var topic in topics)
        {
            var alone = (await search.SearchAsync(baseQuery with { Topics = [topic] })).Total;
            Assert.True(alone > 0);
            Assert.Equal(alone, groups.Topics[topic]);
        }

        // An unticked topic counts its hits under the other filters (what ticking it would show), not within the ticked topics.
        var untickedCounts = (await search.SearchAsync(baseQuery)).Facets.Topics;
        Assert.Equal(untickedCounts, groups.Topics);
        Assert.NotEqual(results.Facets.Topics, groups.Topics);

        // OR within the group: the hits are at least those of either topic and at most both together.
        Assert.InRange(results.Total, topics.Max(t => groups.Topics[t]), topics.Sum(t => groups.Topics[t]));
        // An unticked group is counted over the filtered set, like the API's facets.
        Assert.Equal(results.Facets.Levels, groups.Levels);
        // The ticked applicant group is counted over the set filtered by the topics only.
        Assert.Equal(results.Total, groups.Applicants["gemeinde"]);
        Assert.Equal((await search.SearchAsync(query with { Applicants = ["verein"] })).Total, groups.Applicants["verein"]);
    }

    [Fact]
    public async Task GroupCounts_WithoutTicks_AreTheFacetsOfTheFilteredSet()
    {
        var search = await SearchAsync();
        var query = new ProgrammeQuery { Today = Today, Text = "Sprache" };

        var results = await search.SearchAsync(query);
        var groups = await search.GroupFacetsAsync(query);

        Assert.Equal(results.Facets.Topics, groups.Topics);
        Assert.Equal(results.Facets.States, groups.States);
    }
}
