using IntegrationFunding.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// The index folder (<c>Search:IndexDirectory</c>, by default <c>&lt;database&gt;.index</c> beside the SQLite file).
/// It holds one subfolder per full build and a <c>current</c> file naming the one in use; switching builds is an
/// atomic rename of that file, so a crash leaves either the old or the new build current, never half of one.
/// <c>owner.lock</c> is held (exclusively) by the one process that may write the index.
/// </summary>
public sealed class IndexLocation(IOptions<SearchOptions> options, SqliteDatabase database)
{
    private const string CurrentFile = "current";

    /// <summary>The index folder.</summary>
    public string Root { get; } = ResolveRoot(options.Value.IndexDirectory, database.DatabasePath);

    internal string LockFile => Path.Combine(Root, "owner.lock");

    internal string PathOf(string build) => Path.Combine(Root, build);

    /// <summary>The build in use, or null when none was ever completed.</summary>
    internal string? ReadCurrent()
    {
        var file = Path.Combine(Root, CurrentFile);
        if (!File.Exists(file))
        {
            return null;
        }

        var name = File.ReadAllText(file).Trim();
        return name.Length > 0 && Directory.Exists(PathOf(name)) ? name : null;
    }

    /// <summary>Makes a completed build current (write a temporary file, then rename it over <c>current</c>).</summary>
    internal void SetCurrent(string build)
    {
        var temporary = Path.Combine(Root, CurrentFile + ".tmp");
        File.WriteAllText(temporary, build);
        File.Move(temporary, Path.Combine(Root, CurrentFile), overwrite: true);
    }

    /// <summary>A fresh, unused build folder name.</summary>
    internal static string NewBuildName() => "build-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Deletes build folders other than the given ones (left over from earlier builds or crashes).</summary>
    internal void DeleteBuildsExcept(params string?[] keep)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, "build-*"))
        {
            if (!keep.Contains(Path.GetFileName(folder)))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // still in use on this platform: removed on a later build
                }
                catch (UnauthorizedAccessException)
                {
                    // likewise
                }
            }
        }
    }

    private static string ResolveRoot(string? configured, string databasePath) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Path.GetDirectoryName(databasePath) ?? ".", Path.GetFileNameWithoutExtension(databasePath) + ".index")
            : configured);
}
