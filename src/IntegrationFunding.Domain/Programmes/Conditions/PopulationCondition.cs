namespace IntegrationFunding.Domain.Programmes.Conditions;

/// <summary>
/// "Gemeinden mit mindestens 10.000 Einwohnern": a minimum and/or maximum population (inclusive) for the applicant kinds
/// named in <see cref="Kinds"/> (applicant ids; empty = every municipal kind). When <see cref="OrFact"/> is set the
/// condition also holds for municipalities with that property ("… bis 100.000 Einwohnern oder strukturschwache
/// Regionen"): population OR fact.
/// </summary>
public sealed record PopulationCondition
{
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public int? Min { get; init; }
    public int? Max { get; init; }
    /// <summary><see cref="ConditionFacts"/> id of an alternative that also satisfies the condition, or null.</summary>
    public string? OrFact { get; init; }
    /// <summary>The alternative in the source's words when <see cref="OrFact"/> is <see cref="ConditionFacts.Other"/>.</summary>
    public string? OrText { get; init; }
    public Evidence? Evidence { get; init; }
}
