namespace IntegrationFunding.Crawler.Mapping;

/// <summary>Extracts nothing: every prose fact stays unknown (null). Used where no extractor is registered.</summary>
public sealed class NoFactExtractor : IFactExtractor
{
    public PageFacts Extract(IReadOnlyList<PageSection> sections) => PageFacts.None;
}
