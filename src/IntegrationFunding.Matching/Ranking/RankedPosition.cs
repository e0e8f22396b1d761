namespace IntegrationFunding.Matching.Ranking;

/// <summary>A programme that made the list: its position in the programme list and its (rounded) score.</summary>
internal readonly record struct RankedPosition(int Position, double Score);
