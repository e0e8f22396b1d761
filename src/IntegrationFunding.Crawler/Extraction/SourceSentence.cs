using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>One sentence of a labelled section, the unit every extractor works on.</summary>
public sealed record SourceSentence(string Text, string Label, SectionKind Kind)
{
    public Evidence ToEvidence() => new(Text, Label);
}
