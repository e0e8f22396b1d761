using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching;
using IntegrationFunding.Search;
using IntegrationFunding.Search.Analysis;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Matching.Tests.Infrastructure;

/// <summary>The starter catalogue in a real SQLite file with the real FTS5 index, shared by the evaluation tests.</summary>
public sealed class StarterCatalogueSearch : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();
    private SearchIndex? _index;

    public ProgrammeSearch Search { get; private set; } = null!;

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await _database.Importer.ImportStarterIfEmptyAsync();
        var analyzer = GermanAnalyzer.Default;
        var fts = new FtsIndex(_database.Database, new IndexDocumentBuilder(analyzer), Options.Create(new SearchOptions()));
        _index = new SearchIndex(_database.Database, _database.Store, fts);
        await _index.RefreshAsync();
        Search = new ProgrammeSearch(_index, new FtsQueryBuilder(analyzer), new Highlighter(analyzer));
        Programmes = await Search.AllAsync();
    }

    /// <summary>Per goal, the text relevance the way the API obtains it.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, double>>> GoalRelevanceAsync(Domain.Profiles.MunicipalityProfile profile)
    {
        var relevance = new List<IReadOnlyDictionary<string, double>>();
        foreach (var goal in profile.Goals)
        {
            var text = GoalQuery.TextOf(goal);
            relevance.Add(text is null ? new Dictionary<string, double>() : await Search.RelevanceAsync(text));
        }

        return relevance;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index?.Dispose();
        _database.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class StarterCatalogueTests : ICollectionFixture<StarterCatalogueSearch>
{
    public const string Name = "starter catalogue search";
}
