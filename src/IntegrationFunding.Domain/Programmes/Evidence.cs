namespace IntegrationFunding.Domain.Programmes;

/// <summary>The quoted source sentence an extracted value came from, and the source field it was found in.</summary>
public sealed record Evidence(string Quote, string? SourceField = null, string? SourceUrl = null);
