using System.IO.Compression;
using System.Text;

namespace IntegrationFunding.TestKit;

/// <summary>The shipped Destatis register (GV100AD ZIP in the Storage project) and small files made from its real lines.</summary>
public static class RegisterFiles
{
    public static string ShippedZip { get; } = RepositoryPaths.InRoot("src", "IntegrationFunding.Storage", "Municipalities", "GV100AD3108.zip");

    private static readonly Lazy<string[]> Lines = new(ReadLines);

    /// <summary>The records of the shipped edition, without BOM and line ends.</summary>
    public static IReadOnlyList<string> OfficialLines => Lines.Value;

    /// <summary>Writes records as Destatis does (UTF-8 with BOM, CRLF) and returns the path.</summary>
    public static string Write(string path, IEnumerable<string> lines)
    {
        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\r\n")), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    /// <summary>The records of one Land (Satzart 10 to 60 whose key starts with <paramref name="land"/>).</summary>
    public static IReadOnlyList<string> OfLand(string land) => OfficialLines.Where(l => l.AsSpan(10, 2).SequenceEqual(land)).ToList();

    private static string[] ReadLines()
    {
        using var archive = ZipFile.OpenRead(ShippedZip);
        var entry = archive.Entries.Single(e => e.Name.StartsWith("GV100AD", StringComparison.Ordinal) && e.Name.EndsWith(".txt", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
