namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Turns labelled sections into the sentences the extractors read.</summary>
public static class SourceSentences
{
    private static readonly GermanSentenceSplitter Splitter = new();

    public static IReadOnlyList<SourceSentence> From(IEnumerable<LabelledText> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var sentences = new List<SourceSentence>();
        foreach (var section in sections)
        {
            var kind = SectionLabels.Classify(section.Label);
            sentences.AddRange(Splitter.Split(section.Text).Select(text => new SourceSentence(text, section.Label, kind)));
        }

        return sentences;
    }

    public static IReadOnlyList<SourceSentence> From(string text, string label = "Text") => From([new LabelledText(label, text)]);
}
