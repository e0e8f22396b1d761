using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes.Conditions;

namespace IntegrationFunding.Matching.Conditions;

/// <summary>Whether a profile has a <see cref="ConditionFacts"/> property: met, violated or missing, and in German.</summary>
internal static class FactTruth
{
    public static (string Truth, ProfileFacts Missing) Of(MunicipalityProfile profile, string fact) => fact switch
    {
        ConditionFacts.BudgetConsolidation => Known(profile.BudgetConsolidation, ProfileFacts.BudgetConsolidation),
        ConditionFacts.StructurallyWeak => Known(profile.StructurallyWeak, ProfileFacts.StructurallyWeak),
        _ => (Truth.Missing, ProfileFacts.None),
    };

    /// <summary>"Kommunen in der Haushaltssicherung" – who the fact describes.</summary>
    public static string Who(string fact, string? text) => fact switch
    {
        ConditionFacts.BudgetConsolidation => "Kommunen in der Haushaltssicherung",
        ConditionFacts.StructurallyWeak => "strukturschwache Kommunen",
        _ => text ?? "eine weitere Bedingung der Quelle",
    };

    /// <summary>The profile's answer, or what is missing, as a clause.</summary>
    public static string State(MunicipalityProfile profile, string fact, string truth) => (fact, truth) switch
    {
        (ConditionFacts.BudgetConsolidation, Truth.Met) => "Ihre Kommune ist in der Haushaltssicherung",
        (ConditionFacts.BudgetConsolidation, Truth.Violated) => "Ihre Kommune ist nicht in der Haushaltssicherung",
        (ConditionFacts.BudgetConsolidation, _) => "Ihr Profil sagt nicht, ob Ihre Kommune in der Haushaltssicherung ist",
        (ConditionFacts.StructurallyWeak, Truth.Met) => "Ihre Kommune gilt als strukturschwach",
        (ConditionFacts.StructurallyWeak, Truth.Violated) => "Ihre Kommune gilt nicht als strukturschwach",
        (ConditionFacts.StructurallyWeak, _) => "Ihr Profil sagt nicht, ob Ihre Kommune als strukturschwach gilt",
        _ => "das ist beim Fördergeber zu klären",
    };

    private static (string, ProfileFacts) Known(bool? value, ProfileFacts fact) =>
        (Truth.Of(value), value is null ? fact : ProfileFacts.None);
}
