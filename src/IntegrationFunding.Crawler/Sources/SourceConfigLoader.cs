using System.Security.Cryptography;
using System.Text;
using IntegrationFunding.Domain.Taxonomy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IntegrationFunding.Crawler.Sources;

/// <summary>
/// Loads and validates the source files (<c>*.yaml</c>, <c>*.yml</c>) of a directory. Any invalid file stops
/// the load with a <see cref="SourceConfigException"/> naming file, line and reason.
/// </summary>
public static partial class SourceConfigLoader
{
    public static IReadOnlyList<SourceDefinition> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SourceConfigException(directory, 0, "Das Verzeichnis der Quellen existiert nicht (Crawler:ConfigDirectory).");
        }

        var files = Directory.EnumerateFiles(directory, "*.y*ml", SearchOption.TopDirectoryOnly)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var sources = new List<SourceDefinition>();
        foreach (var file in files)
        {
            var source = LoadFile(file);
            var duplicate = sources.FirstOrDefault(s => s.Id == source.Id);
            if (duplicate is not null)
            {
                throw new SourceConfigException(file, 1, $"Die Quell-ID '{source.Id}' ist schon in {duplicate.FilePath} vergeben.");
            }

            sources.Add(source);
        }

        return sources;
    }

    public static SourceDefinition LoadFile(string filePath) => Parse(File.ReadAllText(filePath, Encoding.UTF8), filePath);

    public static SourceDefinition Parse(string yaml, string filePath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new SourceConfigException(filePath, ex.Start.Line, "Kein gültiges YAML: " + ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some unclosed flow collections this way, without a position.
            throw new SourceConfigException(filePath, 0, "Kein gültiges YAML (offene Klammer [ oder { ?): " + ex.Message);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SourceConfigException(filePath, 1, "Eine Quelldatei enthält genau ein YAML-Dokument mit Schlüsseln (id, name, kind, …).");
        }

        var reader = new YamlNodeReader(filePath, root, "");
        var source = Read(reader);
        reader.RejectUnknownKeys();
        return source with { FilePath = filePath, Fingerprint = Hash(yaml) };
    }

    private static SourceDefinition Read(YamlNodeReader r)
    {
        var id = r.String("id", required: true)!;
        if (!IdPattern().IsMatch(id))
        {
            throw r.Error(r.Find("id")!, $"Ungültige Quell-ID '{id}': nur a–z, 0–9 und '-' (z. B. land-nrw-kim).");
        }

        var kind = r.String("kind", required: true)!;
        if (!SourceKinds.All.Contains(kind))
        {
            throw r.Error(r.Find("kind")!, $"Unbekannte Art '{kind}'; erlaubt: {string.Join(", ", SourceKinds.All)}.");
        }

        var startUrls = r.Strings("startUrls").Select(u => ParseUrl(r, u.Value, u.Node)).ToList();
        var exportPath = r.String("exportPath");
        if (startUrls.Count == 0 && !(kind is SourceKinds.FdbExport or SourceKinds.FdbCsv && exportPath is not null))
        {
            throw r.Error("'startUrls' braucht mindestens eine http(s)-Adresse (oder 'exportPath' bei fdb-export und fdb-csv).");
        }

        var hosts = r.Strings("allowedHosts").Select(h => h.Value.ToLowerInvariant()).ToList();
        var source = new SourceDefinition
        {
            Id = id,
            Name = r.String("name", required: true)!,
            Kind = kind,
            Enabled = r.Bool("enabled", true),
            Defaults = ReadDefaults(r.Mapping("defaults", required: true)!),
            StartUrls = startUrls,
            AllowedHosts = hosts,
            ExportPath = exportPath,
            List = ReadList(r.Mapping("list")),
            Detail = ReadDetail(r.Mapping("detail")),
            Rate = ReadRate(r.Mapping("rate")),
            RemovalThreshold = r.Int("removalThreshold", 3, 1, 100),
        };
        if (kind == SourceKinds.Html && source.Detail is null)
        {
            throw r.Error("Eine Quelle der Art 'html' braucht einen Abschnitt 'detail' (mindestens detail.title).");
        }

        foreach (var (url, node) in startUrls.Zip(r.Strings("startUrls").Select(u => u.Node)))
        {
            if (!source.IsHostAllowed(url))
            {
                throw r.Error(node, $"Host von {url} fehlt in allowedHosts.");
            }
        }

        return source;
    }

    private static Uri ParseUrl(YamlNodeReader r, string text, YamlNode node) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw r.Error(node, $"'{text}' ist keine absolute http(s)-Adresse.");

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();

    private static void RequireTerm(YamlNodeReader r, string key, string value, YamlNode node, Vocabulary vocabulary)
    {
        if (!vocabulary.Contains(value))
        {
            throw r.Error(node, $"'{r.Qualify(key)}': '{value}' ist keine gültige ID; erlaubt: {string.Join(", ", vocabulary.Ids)}.");
        }
    }
}
