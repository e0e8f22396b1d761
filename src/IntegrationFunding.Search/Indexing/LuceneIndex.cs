using System.Globalization;
using IntegrationFunding.Search.Analysis.Lucene;
using IntegrationFunding.Storage.Programmes;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// The Lucene index of the programmes and its one writer. On disk (the owning host) it lives in a build folder of
/// <see cref="IndexLocation"/>; elsewhere (a CLI process while the host owns the folder) in memory. Changes are
/// applied per document (<c>UpdateDocument</c>/<c>DeleteDocuments</c>, then a commit carrying the programme
/// generation and the analyzer version); a full rebuild writes a new build folder and switches to it only when it
/// is complete. Not thread-safe: <see cref="SearchIndex"/> calls it under its refresh lock. Readers come from
/// <see cref="OpenReader"/> and stay valid after later changes and rebuilds until they are released.
/// </summary>
internal sealed class LuceneIndex(GermanLuceneAnalyzer analyzer, IndexDocumentBuilder documents, IndexLocation location) : IDisposable
{
    private const string AnalyzerKey = "analyzer";
    private const string GenerationKey = "generation";
    private readonly List<(LuceneDirectory Directory, string? Build)> _retired = [];
    private LuceneDirectory? _directory;
    private string? _build;
    private IndexWriter? _writer;
    private Dictionary<long, string> _fingerprints = [];

    /// <summary>True when this process writes the on-disk folder (else the index is in memory).</summary>
    public bool OnDisk { get; private set; }

    public bool IsOpen => _writer is not null;

    /// <summary>Programme generation of the last commit (-1 before any).</summary>
    public long Generation { get; private set; } = -1;

    /// <summary>How the index was opened at start ("opened", "rebuilt: reason"), for the log and tests.</summary>
    public string? OpenedHow { get; private set; }

    /// <summary>Switches to the on-disk folder: opens the current build when it is sound and of this analyzer version.</summary>
    public bool TryOpenOnDisk()
    {
        OnDisk = true;
        var build = location.ReadCurrent();
        if (build is null)
        {
            OpenedHow = "rebuilt: no index yet";
            return false;
        }

        LuceneDirectory? directory = null;
        try
        {
            directory = FSDirectory.Open(location.PathOf(build));
            using (var reader = DirectoryReader.Open(directory))
            {
                var data = reader.IndexCommit.UserData;
                if (!data.TryGetValue(AnalyzerKey, out var version) || version != GermanLuceneAnalyzer.Version)
                {
                    OpenedHow = "rebuilt: built by another analyzer version";
                    directory.Dispose();
                    return false;
                }

                Generation = long.Parse(data[GenerationKey], CultureInfo.InvariantCulture);
                _fingerprints = ReadFingerprints(reader);
            }

            _writer = new IndexWriter(directory, Config(OpenMode.APPEND));
            _directory = directory;
            _build = build;
            OpenedHow = "opened";
            location.DeleteBuildsExcept(build);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OpenedHow = "rebuilt: unreadable index (" + ex.GetType().Name + ")";
            directory?.Dispose();
            _fingerprints = [];
            Generation = -1;
            return false;
        }
    }

    /// <summary>Builds a complete new index of the programmes and switches to it.</summary>
    public void Rebuild(IReadOnlyList<KeyedProgramme> programmes, IReadOnlyList<string> fingerprints, long generation)
    {
        var build = OnDisk ? IndexLocation.NewBuildName() : null;
        LuceneDirectory directory = build is null ? new RAMDirectory() : FSDirectory.Open(location.PathOf(build));
        var writer = new IndexWriter(directory, Config(OpenMode.CREATE));
        var prints = new Dictionary<long, string>(programmes.Count);
        try
        {
            for (var i = 0; i < programmes.Count; i++)
            {
                writer.AddDocument(documents.Build(programmes[i].Key, programmes[i].Programme, fingerprints[i]));
                prints[programmes[i].Key] = fingerprints[i];
            }

            Commit(writer, generation);
        }
        catch
        {
            writer.Rollback();
            directory.Dispose();
            throw;
        }

        if (build is not null)
        {
            location.SetCurrent(build);
        }

        RetireCurrent();
        (_directory, _build, _writer, _fingerprints, Generation) = (directory, build, writer, prints, generation);
    }

    /// <summary>Brings the index to the given programme set document by document; returns the number of changed documents.</summary>
    public int Apply(IReadOnlyList<KeyedProgramme> programmes, IReadOnlyList<string> fingerprints, long generation)
    {
        var writer = _writer ?? throw new InvalidOperationException("The index is not open.");
        var seen = new HashSet<long>();
        var changes = 0;
        for (var i = 0; i < programmes.Count; i++)
        {
            var key = programmes[i].Key;
            seen.Add(key);
            if (_fingerprints.TryGetValue(key, out var known) && known == fingerprints[i])
            {
                continue;
            }

            writer.UpdateDocument(KeyTerm(key), documents.Build(key, programmes[i].Programme, fingerprints[i]));
            _fingerprints[key] = fingerprints[i];
            changes++;
        }

        foreach (var gone in _fingerprints.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            writer.DeleteDocuments(KeyTerm(gone));
            _fingerprints.Remove(gone);
            changes++;
        }

        if (changes > 0 || generation != Generation)
        {
            Commit(writer, generation);
            Generation = generation;
        }

        return changes;
    }

    /// <summary>A near-real-time reader of everything applied so far (the caller owns one reference).</summary>
    public DirectoryReader OpenReader() =>
        DirectoryReader.Open(_writer ?? throw new InvalidOperationException("The index is not open."), applyAllDeletes: true);

    public void Dispose()
    {
        _writer?.Dispose();
        _directory?.Dispose();
        foreach (var (directory, _) in _retired)
        {
            directory.Dispose();
        }
    }

    private IndexWriterConfig Config(OpenMode mode) => new(LuceneSettings.Version, analyzer)
    {
        OpenMode = mode,
        Similarity = new BM25Similarity(),
        RAMBufferSizeMB = 32,
    };

    /// <summary>
    /// The previous build stays readable for searchers acquired before the switch; its folder and directory are
    /// removed one rebuild later (a search takes milliseconds, a rebuild seconds).
    /// </summary>
    private void RetireCurrent()
    {
        foreach (var (directory, _) in _retired)
        {
            directory.Dispose();
        }

        _retired.Clear();
        _writer?.Dispose();
        if (_directory is not null)
        {
            _retired.Add((_directory, _build));
        }

        if (OnDisk)
        {
            location.DeleteBuildsExcept(location.ReadCurrent(), _build);
        }
    }

    private static void Commit(IndexWriter writer, long generation)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [AnalyzerKey] = GermanLuceneAnalyzer.Version,
            [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    private static Term KeyTerm(long key) => new(LuceneFields.Key, key.ToString(CultureInfo.InvariantCulture));

    private static Dictionary<long, string> ReadFingerprints(DirectoryReader reader)
    {
        var result = new Dictionary<long, string>(reader.NumDocs);
        var fields = new HashSet<string>(StringComparer.Ordinal) { LuceneFields.Key, LuceneFields.Fingerprint };
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var stored = atomic.Document(doc, fields);
                result[long.Parse(stored.Get(LuceneFields.Key, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)] = stored.Get(LuceneFields.Fingerprint, CultureInfo.InvariantCulture);
            }
        }

        return result;
    }
}
