namespace IntegrationFunding.Api.Contracts;

/// <summary>Credit for texts taken over from a source: whom to name, the licence and its address.</summary>
public sealed record AttributionDto(string Text, string License, string LicenseUrl);
