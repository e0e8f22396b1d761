namespace IntegrationFunding.Domain.Programmes.Conditions;

/// <summary>
/// Conditions a programme states beyond Land and applicant kinds: population limits per kind, an area narrower
/// than a Land, and own-share reductions tied to a fact about the municipality. All parts must hold (AND); each
/// part carries the source sentence it came from. <see cref="None"/> when the sources state none.
/// </summary>
public sealed record ProgrammeConditions
{
    public static ProgrammeConditions None { get; } = new();

    /// <summary>Population limits; each applies to the kinds it names (all must hold for a profile of such a kind).</summary>
    public IReadOnlyList<PopulationCondition> Population { get; init; } = [];

    /// <summary>Only municipalities in these Kreise or Gemeinden (null = the whole of the programme's Länder).</summary>
    public AreaCondition? Area { get; init; }

    /// <summary>Lower own shares for municipalities with a stated property (e.g. Haushaltssicherung).</summary>
    public IReadOnlyList<OwnShareReduction> OwnShareReductions { get; init; } = [];

    public bool IsEmpty => Population.Count == 0 && Area is null && OwnShareReductions.Count == 0;
}
