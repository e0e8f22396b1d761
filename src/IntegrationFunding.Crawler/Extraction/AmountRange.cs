using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Minimum and maximum grant per project in euro, each with the sentence it came from.</summary>
public sealed record AmountRange(decimal? MinEur, decimal? MaxEur, Evidence? MinEvidence, Evidence? MaxEvidence);
