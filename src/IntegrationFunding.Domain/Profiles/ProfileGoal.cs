namespace IntegrationFunding.Domain.Profiles;

/// <summary>One integration goal of a municipality: a field of action, its priority (1 = highest) and own words.</summary>
public sealed record ProfileGoal(string Topic, int Priority, string? Text);
