namespace IntegrationFunding.Search.Tests.Analysis;

/// <summary>Finds the shared reference folder (<c>shared/data/…</c>) that is checked out beside the repository.</summary>
internal static class SharedData
{
    private const string SnowballRelative = "data/snowball-german";

    public static string SnowballGermanDirectory { get; } = Locate();

    private static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            foreach (var candidate in new[]
                     {
                         Path.Combine(dir.FullName, "shared", SnowballRelative),
                         Path.Combine(dir.FullName, "..", "shared", SnowballRelative),
                     })
            {
                if (File.Exists(Path.Combine(candidate, "voc.txt")))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException(
            $"No shared/{SnowballRelative} found above {AppContext.BaseDirectory}; check out shared/ beside the repository.");
    }
}
