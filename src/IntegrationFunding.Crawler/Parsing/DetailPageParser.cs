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
        if (selectors.Pairs is { } pairs)
        {
            foreach (var container in document.QuerySelectorAll(pairs.Container))
            {
                ReadPairs(container, pairs, sections);
            }
        }

        if (selectors.Sections is { } headings)
        {
            foreach (var scope in document.QuerySelectorAll(headings.Scope))
            {
                ReadSections(scope, headings.Heading, sections);
            }
        }

        return new DetailPage(string.IsNullOrWhiteSpace(title) ? null : title, sections);
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

    private static void ReadSections(IElement scope, string headingSelector, List<PageSection> sections)
    {
        string? label = null;
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
            if (label is not null && body.Length > 0)
            {
                sections.Add(new PageSection(label, body));
            }

            text.Clear();
        }
    }
}
