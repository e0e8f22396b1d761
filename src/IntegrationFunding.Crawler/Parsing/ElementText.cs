using System.Text;
using AngleSharp.Dom;

namespace IntegrationFunding.Crawler.Parsing;

/// <summary>Readable plain text of an element: block elements become line breaks, whitespace and soft hyphens are normalised.</summary>
public static class ElementText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "tr", "table", "section", "article", "header", "footer",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "svg", "template" };

    public static string Of(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var builder = new StringBuilder();
        Append(node, builder);
        return Normalise(builder.ToString());
    }

    /// <summary>Collapses spaces per line, drops soft hyphens and empty lines.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\u00AD", "", StringComparison.Ordinal).Replace('\u00A0', ' ').Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    internal static void Append(INode node, StringBuilder builder)
    {
        if (node is IElement element)
        {
            if (Skipped.Contains(element.LocalName))
            {
                return;
            }

            var block = Blocks.Contains(element.LocalName);
            if (block)
            {
                builder.Append('\n');
            }

            foreach (var child in element.ChildNodes)
            {
                Append(child, builder);
            }

            if (block)
            {
                builder.Append('\n');
            }
        }
        else if (node.NodeType == NodeType.Text)
        {
            builder.Append(node.TextContent);
        }
        else
        {
            foreach (var child in node.ChildNodes)
            {
                Append(child, builder);
            }
        }
    }
}
