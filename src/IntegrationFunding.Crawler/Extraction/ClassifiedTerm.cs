using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>A vocabulary id assigned to a text, with the sentence that gave the strongest signal.</summary>
public sealed record ClassifiedTerm(string Id, Evidence Evidence);
