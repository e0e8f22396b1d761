using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Sources;

/// <summary>The sources of the configured directory (<c>Crawler:ConfigDirectory</c>), loaded and validated on each call.</summary>
public sealed class SourceCatalog(IOptions<CrawlerOptions> options)
{
    /// <summary>
    /// The source directory. A relative path is looked up from the working directory upward (and from the
    /// application's folder upward), so <c>dotnet run --project src/…</c> finds the repository's
    /// <c>crawler-config/</c> although it runs in the project's folder.
    /// </summary>
    public string Directory => Resolve(options.Value.ConfigDirectory);

    public IReadOnlyList<SourceDefinition> Load() => SourceConfigLoader.LoadDirectory(Directory);

    internal static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(configured);
    }
}
