namespace IntegrationFunding.Crawler.Extraction;

/// <summary>What a section label says its text is about; biases the extractors.</summary>
public enum SectionKind
{
    General,
    Applicants,
    Deadlines,
    Amounts,
    Region,
    Contact,
}
