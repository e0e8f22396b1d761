namespace IntegrationFunding.Domain.Programmes.Conditions;

/// <summary>Ids of the municipality properties a condition can depend on (stable values of the catalogue and API).</summary>
public static class ConditionFacts
{
    /// <summary>The municipality is under Haushaltssicherung (profile: <c>budgetConsolidation</c>).</summary>
    public const string BudgetConsolidation = "haushaltssicherung";
    /// <summary>The municipality is structurally weak / in a Fördergebiet for weak regions (profile: <c>structurallyWeak</c>).</summary>
    public const string StructurallyWeak = "strukturschwach";
    /// <summary>Any other stated condition the profile cannot answer (always to be checked with the funder).</summary>
    public const string Other = "sonstige";

    public static IReadOnlyList<string> All { get; } = [BudgetConsolidation, StructurallyWeak, Other];
}
