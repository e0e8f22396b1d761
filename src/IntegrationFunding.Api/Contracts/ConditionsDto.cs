using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>Conditions of a programme beyond Land and applicants; empty lists and null when the sources state none.</summary>
public sealed record ConditionsDto(
    [property: Description("Einwohnergrenzen je Art der Kommune (alle müssen gelten).")] IReadOnlyList<PopulationConditionDto> Population,
    [property: Description("Gebiet enger als ein Land: Kreise/Gemeinden als AGS-Präfixe (eines genügt); null = ganzes Land.")] AreaConditionDto? Area,
    [property: Description("Ermäßigter Eigenanteil bei einer Eigenschaft der Kommune (haushaltssicherung | strukturschwach | sonstige).")] IReadOnlyList<OwnShareReductionDto> OwnShareReductions);

/// <summary>A population limit for some kinds, optionally OR a fact.</summary>
public sealed record PopulationConditionDto(
    [property: Description("Antragsberechtigten-Ids, für die die Grenze gilt; leer = alle Kommunen.")] IReadOnlyList<string> Kinds,
    int? Min,
    int? Max,
    [property: Description("haushaltssicherung | strukturschwach | sonstige: erfüllt die Bedingung ebenfalls (ODER).")] string? OrFact,
    string? OrText,
    EvidenceDto? Evidence);

/// <summary>An area: AGS prefixes of Kreise (5 digits) or Gemeinden (8 digits).</summary>
public sealed record AreaConditionDto(IReadOnlyList<AreaUnitDto> Units, EvidenceDto? Evidence);

/// <summary>One Kreis or Gemeinde of an area.</summary>
public sealed record AreaUnitDto(string AgsPrefix, string Name);

/// <summary>A lower minimum own share for municipalities with a stated property.</summary>
public sealed record OwnShareReductionDto(string Fact, decimal OwnShareMinPercent, string? Text, EvidenceDto? Evidence);
