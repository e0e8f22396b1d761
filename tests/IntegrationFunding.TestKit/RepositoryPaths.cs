namespace IntegrationFunding.TestKit;

/// <summary>Finds the repository root and the <c>shared/</c> folder that sits beside the checkout.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } = FindShared();

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationFunding.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("IntegrationFunding.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
            {
                if (Directory.Exists(Path.Combine(candidate, "catalogue")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("The shared/ folder was not found beside " + Root);
    }
}
