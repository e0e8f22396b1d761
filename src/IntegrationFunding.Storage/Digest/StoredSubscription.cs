namespace IntegrationFunding.Storage.Digest;

/// <summary>A digest subscription as stored. <see cref="Search"/> is the saved search as JSON (owned by the Digest project).</summary>
public sealed record StoredSubscription(
    string Id,
    string Email,
    string? ProfileId,
    string? Search,
    string Frequency,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? CoveredUntil,
    int Bounces);
