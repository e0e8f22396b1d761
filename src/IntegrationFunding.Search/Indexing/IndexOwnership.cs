namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// The exclusive right to write the index folder: an open <c>owner.lock</c> with no sharing (an OS file lock that
/// other processes cannot take while this one lives; it is released when the process dies, also by kill -9).
/// Lucene's own lock is not enough: on Linux its native lock does not exclude a second writer process.
/// </summary>
internal sealed class IndexOwnership : IDisposable
{
    private readonly FileStream _lock;

    private IndexOwnership(FileStream fileLock) => _lock = fileLock;

    /// <summary>Takes ownership, or returns null when another process holds it.</summary>
    public static IndexOwnership? TryAcquire(IndexLocation location)
    {
        Directory.CreateDirectory(location.Root);
        try
        {
            var stream = new FileStream(location.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new IndexOwnership(stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _lock.Dispose();
}
