namespace IntegrationFunding.Domain.Profiles;

/// <summary>A municipality's integration goals and means (Förderprofil), the input of matching.</summary>
public sealed record MunicipalityProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Amtlicher Gemeindeschlüssel (8 digits), optional.</summary>
    public string? Ags { get; init; }
    /// <summary>ISO 3166-2 code of the Land.</summary>
    public required string State { get; init; }
    /// <summary>A <see cref="MunicipalityKinds"/> id.</summary>
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
