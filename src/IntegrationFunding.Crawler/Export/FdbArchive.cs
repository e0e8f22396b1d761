using System.IO.Compression;

namespace IntegrationFunding.Crawler.Export;

/// <summary>
/// The export ZIP: programme documents under <c>BMWI/FDB/Content/DE/Foerderprogramm/</c>, linked documents
/// resolved from <c>target:/BMWI/X</c> to the entry <c>BMWI/X.xml</c>.
/// </summary>
public sealed class FdbArchive : IDisposable
{
    private const string ProgrammePrefix = "BMWI/FDB/Content/DE/Foerderprogramm/";
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly Dictionary<string, FdbDocument?> _resolved = new(StringComparer.Ordinal);

    public FdbArchive(Stream zip)
    {
        _zip = new ZipArchive(zip, ZipArchiveMode.Read);
        _entries = _zip.Entries.Where(e => e.Name.Length > 0).ToDictionary(e => e.FullName.Replace('\\', '/').TrimStart('/'), StringComparer.Ordinal);
    }

    public IEnumerable<string> ProgrammeEntries =>
        _entries.Keys.Where(k => k.StartsWith(ProgrammePrefix, StringComparison.Ordinal) && k.EndsWith(".xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public FdbDocument Read(string entry)
    {
        using var stream = _entries[entry].Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FdbDocumentReader.Parse(FdbDocumentReader.Decode(buffer.ToArray()));
    }

    /// <summary>The linked document for <c>/BMWI/X</c>, or null when the export does not contain it.</summary>
    public FdbDocument? Resolve(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!_resolved.TryGetValue(target, out var document))
        {
            var entry = target.TrimStart('/') + ".xml";
            document = _entries.ContainsKey(entry) ? Read(entry) : null;
            _resolved[target] = document;
        }

        return document;
    }

    public void Dispose() => _zip.Dispose();
}
