using IntegrationFunding.Search.Analysis;
using IntegrationFunding.Search.Analysis.Lucene;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Search;

/// <summary>
/// The search components wired without a container (tools and tests that have a database but no host): the same
/// objects <see cref="SearchServiceCollectionExtensions.AddSearch"/> registers.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private SearchEngine(SearchIndex index, ProgrammeSearch search, IndexLocation location)
    {
        Index = index;
        Search = search;
        Location = location;
    }

    public SearchIndex Index { get; }

    public ProgrammeSearch Search { get; }

    public IndexLocation Location { get; }

    public static SearchEngine Create(SqliteDatabase database, ProgrammeStore store, SearchOptions? options = null)
    {
        var analyzer = GermanAnalyzer.Default;
        var settings = Options.Create(options ?? new SearchOptions());
        var location = new IndexLocation(settings, database);
        var index = new SearchIndex(store, new LuceneIndexFactory(new GermanLuceneAnalyzer(analyzer), new IndexDocumentBuilder(), location));
        return new SearchEngine(index, new ProgrammeSearch(index, new LuceneQueryBuilder(analyzer, settings), new Highlighter(analyzer)), location);
    }

    public void Dispose() => Index.Dispose();
}
