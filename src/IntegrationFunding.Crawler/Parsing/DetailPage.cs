using IntegrationFunding.Crawler.Mapping;

namespace IntegrationFunding.Crawler.Parsing;

/// <summary>A programme detail page read into its title and labelled text sections (in page order).</summary>
public sealed record DetailPage(string? Title, IReadOnlyList<PageSection> Sections);
