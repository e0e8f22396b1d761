namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// One row of CorrelAid's <c>programme.csv</c> (the Förderdatenbank as one table): identity, the category codes
/// (JSON arrays in the file), the verbatim texts (Markdown) and the history columns. Empty cells are null.
/// </summary>
public sealed record FdbCsvRow
{
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string IdUrl { get; init; }
    public required string IdHash { get; init; }
    public string? ShortDescription { get; init; }
    public string? Description { get; init; }
    public string? LegalBasis { get; init; }
    public string? LegalRequirements { get; init; }
    public string? Deadlines { get; init; }
    public string? Procedure { get; init; }
    public string? StatusNote { get; init; }
    public string? FundingOrganisation { get; init; }
    public IReadOnlyList<string> FundingTypes { get; init; } = [];
    public IReadOnlyList<string> EligibleApplicants { get; init; } = [];
    public IReadOnlyList<string> FundingAreas { get; init; } = [];
    public IReadOnlyList<string> FundingSubareas { get; init; } = [];
    public IReadOnlyList<string> FundingBodies { get; init; } = [];
    public IReadOnlyList<string> FundingLocations { get; init; } = [];
    public string? LicenseInfo { get; init; }
    /// <summary>ISO week the programme appeared on the site, e.g. <c>2025-W27</c>.</summary>
    public string? OnWebsiteFrom { get; init; }
    public string? LastUpdated { get; init; }
    /// <summary>True when the programme is no longer on the Förderdatenbank (kept in the table as history).</summary>
    public bool Absent { get; init; }
}
