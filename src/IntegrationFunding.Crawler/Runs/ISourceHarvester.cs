using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Storage.Crawls;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>Crawls one kind of source into a <see cref="SourceHarvest"/> without writing anything.</summary>
public interface ISourceHarvester
{
    string Kind { get; }

    Task<SourceHarvest> HarvestAsync(HarvestContext context, CancellationToken cancellationToken);
}

/// <summary>What a harvester gets: the source, its page cache, the ids it produced before, and a progress sink.</summary>
public sealed record HarvestContext(
    SourceDefinition Source,
    IReadOnlyDictionary<string, CachedPage> Cache,
    IReadOnlySet<string> KnownIds,
    IProgress<CrawlProgress>? Progress);
