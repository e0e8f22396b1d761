namespace IntegrationFunding.Domain.Municipalities;

/// <summary>A register search: a name (with or without umlauts), a PLZ or a key prefix; optional levels; 1-based paging.</summary>
public sealed record RegisterQuery(string? Text, IReadOnlyCollection<string> Levels, int Page = 1, int PageSize = 20);

/// <summary>One page of register matches, best first, and how many there are in all.</summary>
public sealed record RegisterSearchResult(int Total, IReadOnlyList<RegisterEntry> Items);
