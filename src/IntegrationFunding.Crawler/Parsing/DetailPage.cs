using IntegrationFunding.Crawler.Mapping;

namespace IntegrationFunding.Crawler.Parsing;

/// <summary>
/// A programme detail page read into its title, labelled text sections (in page order) and the texts of the
/// elements that <c>detail.fields</c> selects (field → text).
/// </summary>
public sealed record DetailPage(string? Title, IReadOnlyList<PageSection> Sections)
{
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
}
