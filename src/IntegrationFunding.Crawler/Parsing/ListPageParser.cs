using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IntegrationFunding.Crawler.Sources;

namespace IntegrationFunding.Crawler.Parsing;

/// <summary>Reads detail links and the next-page link of a list page with the source's selectors.</summary>
public static class ListPageParser
{
    public static ListPage Parse(IDocument document, ListSelectors selectors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(selectors);
        var matched = document.QuerySelectorAll(selectors.Links);
        var links = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in matched)
        {
            if (Href(element) is { } url && seen.Add(url.AbsoluteUri))
            {
                links.Add(url);
            }
        }

        var next = selectors.Next is null ? null : document.QuerySelectorAll(selectors.Next).Select(Href).FirstOrDefault(u => u is not null);
        return new ListPage(links, next, matched.Length > 0);
    }

    /// <summary>The absolute http(s) target of an anchor (or of the first anchor inside the element), without fragment.</summary>
    public static Uri? Href(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var anchor = element as IHtmlAnchorElement ?? element.QuerySelector("a[href]") as IHtmlAnchorElement;
        if (anchor is null || string.IsNullOrWhiteSpace(anchor.GetAttribute("href"))
            || !Uri.TryCreate(anchor.Href, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return new UriBuilder(url) { Fragment = "" }.Uri;
    }
}
