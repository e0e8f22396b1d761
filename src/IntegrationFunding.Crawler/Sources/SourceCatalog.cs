using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Sources;

/// <summary>The sources of the configured directory (<c>Crawler:ConfigDirectory</c>), loaded and validated on each call.</summary>
public sealed class SourceCatalog(IOptions<CrawlerOptions> options)
{
    public string Directory => options.Value.ConfigDirectory;

    /// <summary>All source definitions; throws <see cref="SourceConfigException"/> naming file and line if one is invalid.</summary>
    public IReadOnlyList<SourceDefinition> Load() => SourceConfigLoader.LoadDirectory(options.Value.ConfigDirectory);
}
