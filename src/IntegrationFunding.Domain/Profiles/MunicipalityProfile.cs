namespace IntegrationFunding.Domain.Profiles;

/// <summary>A municipality's integration goals and means (Förderprofil), the input of matching.</summary>
public sealed record MunicipalityProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Amtlicher Gemeindeschlüssel (8 digits), optional.</summary>
    public string? Ags { get; init; }
    /// <summary>Five-digit key of the Kreis (the AGS prefix area conditions use), from the municipality register; optional.</summary>
    public string? KreisAgs { get; init; }
    /// <summary>Name of the Kreis, from the register; optional.</summary>
    public string? KreisName { get; init; }
    /// <summary>Nine-digit Regionalschlüssel of the Gemeindeverband (Amt, Verbandsgemeinde, …), from the register; optional.</summary>
    public string? GemeindeverbandArs { get; init; }
    /// <summary>Name of the Gemeindeverband, from the register; optional.</summary>
    public string? GemeindeverbandName { get; init; }
    /// <summary>ISO 3166-2 code of the Land.</summary>
    public required string State { get; init; }
    /// <summary>gemeinde | stadt | grosse-kreisstadt | kreisfreie-stadt | landkreis | gemeindeverband (<see cref="MunicipalityKinds"/>).</summary>
    public required string Kind { get; init; }
    public int? Population { get; init; }
    /// <summary>The highest own share (Eigenanteil) in percent the municipality can afford.</summary>
    public decimal? MaxOwnSharePercent { get; init; }
    /// <summary>True when the municipality is under Haushaltssicherung; null when the profile does not say.</summary>
    public bool? BudgetConsolidation { get; init; }
    /// <summary>True when the municipality counts as structurally weak (strukturschwach, e.g. in a Fördergebiet); null when unknown.</summary>
    public bool? StructurallyWeak { get; init; }
    public IReadOnlyList<ProfileGoal> Goals { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    /// <summary>How many months ahead deadlines are of interest.</summary>
    public int HorizonMonths { get; init; } = 12;
}
