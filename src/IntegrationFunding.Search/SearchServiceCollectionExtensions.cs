using IntegrationFunding.Search.Analysis;
using IntegrationFunding.Search.Analysis.Lucene;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Search.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationFunding.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers the German analyzer, the Lucene index with its snapshot and refresher, and the programme search.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(_ => GermanAnalyzer.Default);
        services.TryAddSingleton(sp => new GermanLuceneAnalyzer(sp.GetRequiredService<GermanAnalyzer>()));
        services.TryAddSingleton<IndexDocumentBuilder>();
        services.TryAddSingleton<IndexLocation>();
        services.TryAddSingleton<LuceneIndexFactory>();
        services.TryAddSingleton<RebuildRequests>();
        services.TryAddSingleton<SearchIndex>();
        services.TryAddSingleton<LuceneQueryBuilder>();
        services.TryAddSingleton<Highlighter>();
        services.TryAddSingleton<ProgrammeSearch>();
        services.AddHostedService<SearchIndexRefresher>();
        return services;
    }
}
