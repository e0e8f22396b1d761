using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>The Länder (ISO 3166-2 codes) a programme is restricted to; empty with <see cref="Nationwide"/> = bundesweit.</summary>
public sealed record RegionFacts(IReadOnlyList<string> States, bool Nationwide, Evidence Evidence);
