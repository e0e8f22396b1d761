namespace IntegrationFunding.Domain.Programmes.Conditions;

/// <summary>
/// An area narrower than a Land: municipalities whose Amtlicher Gemeindeschlüssel starts with one of the prefixes
/// (5 digits = a Kreis, 8 digits = a Gemeinde) qualify; any one is enough (OR).
/// </summary>
public sealed record AreaCondition
{
    public required IReadOnlyList<AreaUnit> Units { get; init; }
    public Evidence? Evidence { get; init; }
}

/// <summary>One Kreis or Gemeinde of an area: its AGS prefix (2–8 digits) and its name as the source gives it.</summary>
public sealed record AreaUnit(string AgsPrefix, string Name);
