using System.Text;
using IntegrationFunding.Digest.Composition;

namespace IntegrationFunding.Digest.Rendering;

/// <summary>The plain-text part of a digest (and what <c>digest send --dry-run</c> prints).</summary>
internal static class DigestTextRenderer
{
    public static string Render(DigestContent content, string title, string intro, string unsubscribeUrl, int maxItems, string searchUrl)
    {
        var text = new StringBuilder();
        text.AppendLine(title).AppendLine(new string('=', title.Length)).AppendLine().AppendLine(intro);
        foreach (var section in DigestSections.Ordered)
        {
            var items = content.Items(section);
            if (items.Count == 0)
            {
                continue;
            }

            var heading = $"{section} ({items.Count})";
            text.AppendLine().AppendLine(heading).AppendLine(new string('-', heading.Length));
            foreach (var item in items.Take(maxItems))
            {
                text.AppendLine().Append("* ").AppendLine(item.Programme.Name).Append("  ").AppendLine(item.Programme.Funder);
                foreach (var change in item.Changes)
                {
                    text.Append("  > ").AppendLine(change);
                }

                text.Append("  Warum für Sie: ").AppendLine(string.Join(" ", item.Reasons))
                    .Append("  Wer beantragt: ").AppendLine(item.Applicants)
                    .Append("  Eigenanteil: ").AppendLine(item.OwnShare)
                    .Append("  Frist: ").AppendLine(item.Deadline)
                    .Append("  ").AppendLine(item.Link);
            }

            if (items.Count > maxItems)
            {
                text.AppendLine().AppendLine(GermanFormat.Culture, $"… und {items.Count - maxItems} weitere: {searchUrl}");
            }
        }

        text.AppendLine().AppendLine("--")
            .AppendLine(GermanFormat.Culture, $"Sie erhalten diese E-Mail, weil Sie den Förder-Digest für {content.Audience} bestellt und bestätigt haben.")
            .AppendLine("Angaben ohne Gewähr – maßgeblich ist die Ausschreibung des Fördergebers.")
            .Append("Abbestellen (ein Klick, Ihre Adresse wird gelöscht): ").AppendLine(unsubscribeUrl);
        return text.ToString();
    }
}
