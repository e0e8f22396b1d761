using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace IntegrationFunding.Api.Ui.Presentation;

/// <summary>
/// Renders a search highlight as HTML only after checking that it is the HTML-escaped source text with nothing
/// but &lt;mark&gt; tags added (the contract of the search's Highlighter); otherwise the plain text is escaped.
/// </summary>
public static class SafeHighlight
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    public static IHtmlContent Render(string? highlighted, string? plain)
    {
        if (highlighted is not null && plain is not null && IsEscapedWithMarks(highlighted, plain))
        {
            return new HtmlString(highlighted);
        }

        return new HtmlString(HtmlEncoder.Default.Encode(plain ?? string.Empty));
    }

    /// <summary>True when removing the mark tags leaves text without markup that decodes back to <paramref name="plain"/>.</summary>
    public static bool IsEscapedWithMarks(string highlighted, string plain)
    {
        ArgumentNullException.ThrowIfNull(highlighted);
        var stripped = highlighted.Replace(Open, string.Empty, StringComparison.Ordinal).Replace(Close, string.Empty, StringComparison.Ordinal);
        if (stripped.AsSpan().IndexOfAny('<', '>', '"') >= 0)
        {
            return false;
        }

        return string.Equals(WebUtility.HtmlDecode(stripped), plain, StringComparison.Ordinal);
    }
}
