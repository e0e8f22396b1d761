namespace IntegrationFunding.Matching.Verdicts;

/// <summary>One of the three verdicts a town reads: eligible | ineligible | unknown, with one German sentence.</summary>
public sealed record VerdictPart(string Eligibility, string Sentence);
