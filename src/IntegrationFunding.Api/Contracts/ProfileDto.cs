namespace IntegrationFunding.Api.Contracts;

/// <summary>A stored municipality profile. The id is unguessable and doubles as the secret of calendar links.</summary>
public sealed record ProfileDto(
    string Id,
    string Name,
    string? Ags,
    string State,
    string Kind,
    int? Population,
    decimal? MaxOwnSharePercent,
    bool? BudgetConsolidation,
    IReadOnlyList<ProfileGoalDto> Goals,
    IReadOnlyList<string> TargetGroups,
    int HorizonMonths)
{
    /// <summary>Strukturschwach: true, false or null (unknown). Added after the BRIEF §4 fields.</summary>
    public bool? StructurallyWeak { get; init; }
}
