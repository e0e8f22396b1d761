namespace IntegrationFunding.Api.Contracts;

/// <summary>The quoted source sentence an extracted value came from.</summary>
public sealed record EvidenceDto(string Quote, string? SourceField, string? SourceUrl);
