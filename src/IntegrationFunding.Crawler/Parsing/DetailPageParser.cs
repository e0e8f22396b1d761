using System.Text;
using AngleSharp.Dom;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Crawler.Sources;

namespace IntegrationFunding.Crawler.Parsing;

/// <summary>
/// Reads a detail page with the source's selectors: the title, label/value pairs (dt/dd) and heading sections
/// (each heading labels the text up to the next heading, in document order, so nested tab layouts work).
/// </summary>
public static class DetailPageParser
{
    public static DetailPage Parse(IDocument document, DetailSelectors selectors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(selectors);
        var title = document.QuerySelector(selectors.Title) is { } t ? ElementText.Of(t).Replace('\n', ' ') : null;
        var sections = new List<PageSection>();
        foreach (var pairs in selectors.Pairs)
        {
            foreach (var container in document.QuerySelectorAll(pairs.Container))
            {
                ReadPairs(container, pairs, sections);
            }
        }

        foreach (var headings in selectors.Sections)
        {
            foreach (var scope in document.QuerySelectorAll(headings.Scope))
            {
                ReadSections(scope, headings, sections);
            }
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, selector) in selectors.Fields)
        {
            var text = string.Join('\n', document.QuerySelectorAll(selector).Select(ElementText.Of).Where(t => t.Length > 0));
            if (text.Length > 0)
            {
                fields[field] = text;
            }
        }

        return new DetailPage(string.IsNullOrWhiteSpace(title) ? null : title, sections) { Fields = fields };
    }

    private static void ReadPairs(IElement container, PairSelectors pairs, List<PageSection> sections)
    {
        string? label = null;
        foreach (var element in container.Children)
        {
            if (element.Matches(pairs.Label))
            {
                label = ElementText.Of(element).Replace('\n', ' ');
            }
            else if (label is not null && element.Matches(pairs.Value))
            {
                var text = ElementText.Of(element);
                if (text.Length > 0)
                {
                    sections.Add(new PageSection(label, text));
                }
            }
        }
    }

    /// <summary>Text before the first heading is kept under <see cref="SectionSelectors.Lead"/> (unlabelled prose by default).</summary>
    private static void ReadSections(IElement scope, SectionSelectors selectors, List<PageSection> sections)
    {
        var headingSelector = selectors.Heading;
        var label = selectors.Lead;
        var text = new StringBuilder();
        Walk(scope);
        Flush();

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement element && element.Matches(headingSelector))
                {
                    Flush();
                    label = ElementText.Of(element).Replace('\n', ' ');
                }
                else if (child is IElement { LocalName: not ("script" or "style" or "noscript" or "svg") } inner)
                {
                    if (inner.QuerySelector(headingSelector) is null)
                    {
                        ElementText.Append(inner, text);
                    }
                    else
                    {
                        Walk(inner);
                    }
                }
                else if (child.NodeType == NodeType.Text)
                {
                    text.Append(child.TextContent);
                }
            }
        }

        void Flush()
        {
            var body = ElementText.Normalise(text.ToString());
            if (body.Length > 0)
            {
                sections.Add(new PageSection(label, body));
            }

            text.Clear();
        }
    }
}
