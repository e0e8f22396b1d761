using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching;
using IntegrationFunding.Search;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Matching.Tests.Infrastructure;

/// <summary>The starter catalogue in a real SQLite file with the real Lucene search engine, shared by the evaluation tests.</summary>
public sealed class StarterCatalogueSearch : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();
    private SearchEngine? _engine;

    public ProgrammeSearch Search { get; private set; } = null!;

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await _database.Importer.ImportStarterIfEmptyAsync();
        _engine = SearchEngine.Create(_database.Database, _database.Store);
        await _engine.Index.RefreshAsync();
        Search = _engine.Search;
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
        _engine?.Dispose();
        _database.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class StarterCatalogueTests : ICollectionFixture<StarterCatalogueSearch>
{
    public const string Name = "starter catalogue search";
}
