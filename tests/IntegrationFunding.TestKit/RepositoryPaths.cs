namespace IntegrationFunding.TestKit;

/// <summary>Finds the repository root and its checked-in test data (<c>tests/data/</c>); nothing outside the clone is read.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Real reference data copied into the repository with its licence notes (see <c>tests/data/README.md</c>).</summary>
    public static string TestData { get; } = Path.Combine(Root, "tests", "data");

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string InTestData(params string[] parts) => Path.Combine([TestData, .. parts]);

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
}
