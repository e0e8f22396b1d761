namespace IntegrationFunding.Matching.Conditions;

/// <summary>Profile facts a condition can need; a set of them says which missing facts left a verdict unknown.</summary>
[Flags]
public enum ProfileFacts
{
    None = 0,
    Population = 1,
    Ags = 2,
    BudgetConsolidation = 4,
    StructurallyWeak = 8,
}

/// <summary>API field names and German wording of <see cref="ProfileFacts"/>.</summary>
public static class ProfileFactNames
{
    public static IReadOnlyList<ProfileFacts> Each { get; } =
        [ProfileFacts.BudgetConsolidation, ProfileFacts.StructurallyWeak, ProfileFacts.Population, ProfileFacts.Ags];

    /// <summary>The profile field in the API (camelCase).</summary>
    public static string Field(ProfileFacts fact) => fact switch
    {
        ProfileFacts.Population => "population",
        ProfileFacts.Ags => "ags",
        ProfileFacts.BudgetConsolidation => "budgetConsolidation",
        ProfileFacts.StructurallyWeak => "structurallyWeak",
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "one fact expected"),
    };

    /// <summary>"Angabe zur Haushaltssicherung".</summary>
    public static string Label(ProfileFacts fact) => fact switch
    {
        ProfileFacts.Population => "Angabe zur Einwohnerzahl",
        ProfileFacts.Ags => "Amtlicher Gemeindeschlüssel (AGS)",
        ProfileFacts.BudgetConsolidation => "Angabe zur Haushaltssicherung",
        ProfileFacts.StructurallyWeak => "Angabe zur Strukturschwäche",
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "one fact expected"),
    };
}
