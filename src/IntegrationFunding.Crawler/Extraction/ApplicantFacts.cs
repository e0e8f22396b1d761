using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Who may apply (applicant vocabulary ids) and whether a municipality may apply itself (true, false, or null when the
/// text does not say).
/// </summary>
public sealed record ApplicantFacts(
    IReadOnlyList<string> Applicants,
    bool? MunicipalitiesEligible,
    Evidence? ApplicantsEvidence,
    Evidence? MunicipalitiesEvidence)
{
    public static ApplicantFacts None { get; } = new([], null, null, null);
}
