using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>One programme matched to a profile, with its explanation.</summary>
public sealed record MatchDto(
    ProgrammeDto Programme,
    [property: Description("Rangwert 0–1 (höher = passender).")] double Score,
    [property: Description("eligible | ineligible | unknown")] string Eligibility,
    [property: Description("applicant (die Kommune beantragt selbst) | partner (nur als Kooperationspartner freier Träger)")] string Role,
    [property: Description("Warum es passt: Ziele, Zielgruppen und jede erfüllte Regel oder Bedingung (nur Gründe, keine Lücken).")] IReadOnlyList<string> Reasons,
    [property: Description("Bitte beachten: offene oder nicht erfüllte Regeln und Bedingungen, Risiken und Hinweise.")] IReadOnlyList<string> Warnings,
    IReadOnlyList<ProfileGoalDto> MatchedGoals)
{
    [Description("Die drei getrennten Urteile: dürfen wir beantragen, können wir den Eigenanteil tragen, ist die Frist im Planungshorizont.")]
    public MatchVerdictsDto? Verdicts { get; init; }
}
