using System.Text;
using IntegrationFunding.Digest.Composition;

namespace IntegrationFunding.Digest.Rendering;

/// <summary>
/// The HTML part of a digest: one 600-pixel table, inline styles only (no &lt;style&gt;, no scripts, no images),
/// so Outlook, Gmail and webmail render it alike.
/// </summary>
internal static class DigestHtmlRenderer
{
    private const string Font = "font-family:Arial,Helvetica,sans-serif;";

    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        [DigestSections.New] = "#1b6e3a",
        [DigestSections.Changed] = "#1f4e8c",
        [DigestSections.ClosingSoon] = "#a34a00",
        [DigestSections.Ended] = "#5c5c5c",
    };

    public static string Render(DigestContent content, string title, string intro, string unsubscribeUrl, int maxItems, string searchUrl)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(Html.Text(title)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f2f2f2;\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f2f2f2;\"><tr><td align=\"center\" style=\"padding:16px;\">")
            .Append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:600px;max-width:100%;background:#ffffff;border:1px solid #d9d9d9;\">")
            .Append("<tr><td style=\"").Append(Font).Append("background:#123c69;color:#ffffff;padding:20px 24px;\">")
            .Append("<div style=\"font-size:13px;\">Förder-Navigator Integration</div>")
            .Append("<h1 style=\"margin:4px 0 0 0;font-size:22px;\">").Append(Html.Text(title)).Append("</h1></td></tr>")
            .Append("<tr><td style=\"").Append(Font).Append("font-size:15px;line-height:1.5;color:#1a1a1a;padding:16px 24px;\">")
            .Append(Html.Text(intro)).Append("</td></tr>");
        foreach (var section in DigestSections.Ordered)
        {
            var items = content.Items(section);
            if (items.Count == 0)
            {
                continue;
            }

            html.Append("<tr><td style=\"").Append(Font).Append("padding:8px 24px 0 24px;\">")
                .Append("<h2 style=\"margin:8px 0;font-size:18px;color:").Append(Colours[section]).Append(";border-bottom:3px solid ")
                .Append(Colours[section]).Append(";padding-bottom:4px;\">").Append(Html.Text(section)).Append(" (").Append(items.Count).Append(")</h2></td></tr>");
            foreach (var item in items.Take(maxItems))
            {
                AppendItem(html, item, Colours[section]);
            }

            if (items.Count > maxItems)
            {
                html.Append("<tr><td style=\"").Append(Font).Append("font-size:14px;padding:4px 24px;\">… und ").Append(items.Count - maxItems)
                    .Append(" weitere: <a href=\"").Append(Html.Href(searchUrl)).Append("\" style=\"color:#123c69;\">alle ansehen</a></td></tr>");
            }
        }

        html.Append("<tr><td style=\"").Append(Font).Append("font-size:12px;line-height:1.5;color:#555555;padding:20px 24px;border-top:1px solid #d9d9d9;\">")
            .Append("Sie erhalten diese E-Mail, weil Sie den Förder-Digest für ").Append(Html.Text(content.Audience))
            .Append(" bestellt und bestätigt haben. Angaben ohne Gewähr – maßgeblich ist die Ausschreibung des Fördergebers.<br>")
            .Append("<a href=\"").Append(Html.Href(unsubscribeUrl)).Append("\" style=\"color:#123c69;\">Digest abbestellen</a> (ein Klick, Ihre Adresse wird gelöscht)")
            .Append("</td></tr></table></td></tr></table></body></html>");
        return html.ToString();
    }

    private static void AppendItem(StringBuilder html, DigestItem item, string colour)
    {
        html.Append("<tr><td style=\"padding:6px 24px;\"><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-left:4px solid ")
            .Append(colour).Append(";background:#fafafa;\"><tr><td style=\"").Append(Font).Append("font-size:14px;line-height:1.45;color:#1a1a1a;padding:10px 12px;\">")
            .Append("<a href=\"").Append(Html.Href(item.Link)).Append("\" style=\"font-size:16px;font-weight:bold;color:#123c69;\">")
            .Append(Html.Text(item.Programme.Name)).Append("</a><br><span style=\"color:#555555;\">").Append(Html.Text(item.Programme.Funder)).Append("</span>");
        if (item.Changes.Count > 0)
        {
            html.Append("<ul style=\"margin:6px 0;padding-left:20px;font-weight:bold;\">");
            foreach (var change in item.Changes)
            {
                html.Append("<li>").Append(Html.Text(change)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin-top:6px;font-size:14px;\">");
        Row(html, "Warum für Sie", string.Join(" ", item.Reasons));
        Row(html, "Wer beantragt", item.Applicants);
        Row(html, "Eigenanteil", item.OwnShare);
        Row(html, "Frist", item.Deadline, item.DaysLeft is <= 21 ? "color:#a34a00;font-weight:bold;" : "");
        html.Append("</table></td></tr></table></td></tr>");
    }

    private static void Row(StringBuilder html, string label, string value, string extraStyle = "") =>
        html.Append("<tr><td valign=\"top\" style=\"").Append(Font).Append("padding:2px 12px 2px 0;color:#555555;white-space:nowrap;\">").Append(Html.Text(label))
            .Append("</td><td style=\"").Append(Font).Append(extraStyle).Append("padding:2px 0;\">").Append(Html.Text(value)).Append("</td></tr>");
}
