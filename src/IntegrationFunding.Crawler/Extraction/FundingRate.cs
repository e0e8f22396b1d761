using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>The general maximum funding rate in percent; special rates (e.g. Haushaltssicherung) go to <see cref="Note"/>.</summary>
public sealed record FundingRate(decimal MaxPercent, string? Note, Evidence Evidence);
