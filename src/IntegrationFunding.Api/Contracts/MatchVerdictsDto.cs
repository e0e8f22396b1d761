using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>The three separate verdicts of a match; <c>eligibility</c> of the match is their combination.</summary>
public sealed record MatchVerdictsDto(
    [property: Description("Dürfen wir beantragen? Antragsberechtigte, Region, Einwohner- und Gebietsbedingungen.")] VerdictDto MayApply,
    [property: Description("Können wir es uns leisten? Eigenanteil gegen maxOwnSharePercent, Ermäßigungen eingerechnet.")] VerdictDto CanAfford,
    [property: Description("Ist es rechtzeitig offen? Frist innerhalb von horizonMonths.")] VerdictDto InTime,
    [property: Description("Kurztext für die Anzeige, nennt das Unbekannte (z. B. \"Frist unbekannt\").")] string Badge);

/// <summary>One verdict: eligible | ineligible | unknown with one German sentence.</summary>
public sealed record VerdictDto(
    [property: Description("eligible | ineligible | unknown")] string Eligibility,
    [property: Description("Begründung auf Deutsch.")] string Sentence);

/// <summary>A missing profile fact and how many listed programmes its answer would decide.</summary>
public sealed record ClarificationDto(
    [property: Description("Profilfeld, z. B. budgetConsolidation.")] string Field,
    [property: Description("Anzahl der Programme, deren unklares Urteil diese Angabe entscheiden würde.")] int Programmes,
    [property: Description("z. B. \"Angabe zur Haushaltssicherung fehlt – entscheidet 12 Programme.\"")] string Sentence);
