using System.IO.Compression;

namespace IntegrationFunding.Storage.Municipalities;

/// <summary>
/// Opens a GV100AD file as Destatis publishes it: the ZIP (whose <c>GV100AD_*.txt</c> is read) or the TXT itself.
/// </summary>
public static class Gv100File
{
    public static RegisterData Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new RegisterFileException($"Die Datei \"{path}\" gibt es nicht.");
        }

        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    public static RegisterData Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        return Gv100Parser.Parse(IsZip(bytes) ? Unzip(bytes) : bytes);
    }

    private static bool IsZip(byte[] bytes) => bytes is [(byte)'P', (byte)'K', 3, 4, ..];

    private static byte[] Unzip(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entries = archive.Entries
                .Where(e => e.Name.StartsWith("GV100AD", StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (entries is not [var entry])
            {
                throw new RegisterFileException($"Das ZIP-Archiv muss genau eine Datei GV100AD_*.txt enthalten, es enthält {entries.Count}.");
            }

            using var text = entry.Open();
            using var output = new MemoryStream();
            text.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new RegisterFileException("Die Datei ist kein lesbares ZIP-Archiv: " + ex.Message, ex);
        }
    }
}
