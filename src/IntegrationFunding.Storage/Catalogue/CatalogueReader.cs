using IntegrationFunding.Domain.Programmes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IntegrationFunding.Storage.Catalogue;

/// <summary>
/// Reads a catalogue YAML file (a list of entries in the format of <c>docs/CATALOGUE-FORMAT.md</c>) into programmes,
/// collecting every error with file, entry, field and line. Any error fails the whole file.
/// </summary>
public static class CatalogueReader
{
    public const string SourceId = "katalog";

    public static IReadOnlyList<Programme> Read(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var root = Parse(yaml, fileName);
        var errors = new List<CatalogueError>();
        var programmes = new List<Programme>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in root.Children)
        {
            index++;
            if (node is not YamlMappingNode mapping)
            {
                errors.Add(new CatalogueError(fileName, index, null, null, Line(node), "Ein Eintrag muss eine Zuordnung (Schlüssel: Wert) sein."));
                continue;
            }

            var entry = new CatalogueEntryParser(mapping, fileName, index, errors);
            var programme = entry.Parse();
            if (programme is null)
            {
                continue;
            }

            if (seen.TryGetValue(programme.Id, out var first))
            {
                errors.Add(new CatalogueError(fileName, index, programme.Id, "id", Line(mapping), $"Die id kommt doppelt vor (zuerst in Eintrag {first})."));
                continue;
            }

            seen[programme.Id] = index;
            programmes.Add(programme);
        }

        if (errors.Count > 0)
        {
            throw new CatalogueValidationException(errors);
        }

        return programmes;
    }

    private static YamlSequenceNode Parse(string yaml, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new CatalogueValidationException([new CatalogueError(fileName, null, null, null, (int)ex.Start.Line, $"Kein gültiges YAML: {ex.Message}")]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode sequence)
        {
            throw new CatalogueValidationException([new CatalogueError(fileName, null, null, null, null, "Die Datei muss eine YAML-Liste von Förderprogrammen enthalten.")]);
        }

        return sequence;
    }

    internal static int Line(YamlNode node) => (int)node.Start.Line;
}
