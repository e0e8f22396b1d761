namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// The dataset renders each page section as Markdown; the extractors read its plain text (Markdig), so quotes
/// are the source's words without markup. Line structure (paragraphs, list items) is kept.
/// </summary>
public static class MarkdownText
{
    private static readonly Markdig.MarkdownPipeline Pipeline = new Markdig.MarkdownPipelineBuilder().Build();

    public static string ToPlain(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var plain = Markdig.Markdown.ToPlainText(markdown, Pipeline);
        var lines = plain.Split('\n').Select(l => l.Trim()).ToList();
        var text = string.Join('\n', lines);
        while (text.Contains("\n\n\n", StringComparison.Ordinal))
        {
            text = text.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        }

        return text.Trim();
    }
}
