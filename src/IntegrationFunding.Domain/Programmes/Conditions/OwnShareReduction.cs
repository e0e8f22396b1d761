namespace IntegrationFunding.Domain.Programmes.Conditions;

/// <summary>
/// "Kommunen in der Haushaltssicherung tragen nur 10 %": a lower minimum own share for municipalities with the
/// property <see cref="Fact"/> (a <see cref="ConditionFacts"/> id; <see cref="ConditionFacts.Other"/> with
/// <see cref="Text"/> for any other stated condition).
/// </summary>
public sealed record OwnShareReduction
{
    public required string Fact { get; init; }
    public required decimal OwnShareMinPercent { get; init; }
    /// <summary>The condition in the source's words (required for <see cref="ConditionFacts.Other"/>).</summary>
    public string? Text { get; init; }
    public Evidence? Evidence { get; init; }
}
