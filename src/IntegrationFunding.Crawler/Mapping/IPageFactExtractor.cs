namespace IntegrationFunding.Crawler.Mapping;

/// <summary>The seam to the German fact extraction: labelled page texts in, evidenced facts out.</summary>
public interface IPageFactExtractor
{
    PageFacts Extract(IReadOnlyList<PageSection> sections);
}
