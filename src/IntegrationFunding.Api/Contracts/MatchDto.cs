using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>One programme matched to a profile, with its explanation.</summary>
public sealed record MatchDto(
    ProgrammeDto Programme,
    [property: Description("Rangwert 0–1 (höher = passender).")] double Score,
    [property: Description("eligible | ineligible | unknown")] string Eligibility,
    [property: Description("applicant (die Kommune beantragt selbst) | partner (nur als Kooperationspartner freier Träger)")] string Role,
    [property: Description("Warum es passt, und je harter Regel ein Satz.")] IReadOnlyList<string> Reasons,
    [property: Description("Risiken und Hinweise.")] IReadOnlyList<string> Warnings,
    IReadOnlyList<ProfileGoalDto> MatchedGoals);
