using IntegrationFunding.Search.Analysis;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Search.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationFunding.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers the German analyzer, the FTS5 index with its snapshot, and the programme search.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(_ => GermanAnalyzer.Default);
        services.TryAddSingleton<IndexDocumentBuilder>();
        services.TryAddSingleton<FtsIndex>();
        services.TryAddSingleton<SearchIndex>();
        services.TryAddSingleton<FtsQueryBuilder>();
        services.TryAddSingleton<Highlighter>();
        services.TryAddSingleton<ProgrammeSearch>();
        services.AddHostedService<SearchIndexRefresher>();
        return services;
    }
}
