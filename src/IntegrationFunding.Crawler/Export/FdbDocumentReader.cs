using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IntegrationFunding.Crawler.Export;

/// <summary>
/// Reads one export XML document: strips stray control characters and soft hyphens first (real exports contain
/// them), unwraps the escaped CDATA of RichText properties to HTML, collects classified link lists.
/// </summary>
public static partial class FdbDocumentReader
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static FdbDocument Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var root = XDocument.Parse(Clean(xml)).Root ?? throw new FormatException("Leeres Exportdokument.");
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var classifications = new List<(string, IReadOnlyList<string>)>();
        foreach (var property in root.Elements("property"))
        {
            var name = ((string?)property.Attribute("name") ?? "").Replace("gsb:", "", StringComparison.Ordinal);
            if (property.Element("classifiedLinkLists") is { } lists)
            {
                foreach (var list in lists.Elements("classifiedLinkList"))
                {
                    var classifier = Target(list.Element("classifierLinks")?.Element("link"));
                    var targets = list.Element("links")?.Elements("link").Select(Target).OfType<string>().ToList() ?? [];
                    if (classifier is not null)
                    {
                        classifications.Add((classifier[(classifier.LastIndexOf('/') + 1)..], targets));
                    }
                }
            }
            else if (property.Element("text") is { } text)
            {
                properties[name] = UnwrapCData(text.Value);
            }
            else if (property.Element("value") is { } value)
            {
                properties[name] = value.Value.Trim();
            }
        }

        return new FdbDocument(
            (string?)root.Attribute("name") ?? "", (string?)root.Attribute("path") ?? "", (string?)root.Attribute("type") ?? "",
            properties, classifications);
    }

    /// <summary>Removes <c>[\x00-\x08\x0B\x0C\x0E-\x1F]</c> and soft hyphens (U+00AD).</summary>
    public static string Clean(string text) => ControlCharacters().Replace(text, "").Replace("\u00AD", "", StringComparison.Ordinal);

    /// <summary>The export escapes the CDATA section itself; after XML decoding it is literal text around the HTML.</summary>
    public static string UnwrapCData(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("<![CDATA[", StringComparison.Ordinal) && trimmed.EndsWith("]]>", StringComparison.Ordinal))
        {
            trimmed = trimmed[9..^3];
        }

        return trimmed;
    }

    /// <summary><c>target:/BMWI/X</c> → <c>/BMWI/X</c>.</summary>
    private static string? Target(XElement? link)
    {
        var href = (string?)link?.Attribute(XLink + "href");
        return href is null ? null : href.StartsWith("target:", StringComparison.Ordinal) ? href[7..] : href;
    }

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex ControlCharacters();

    internal static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
}
