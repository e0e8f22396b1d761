namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>Where a subscribe request came from: the client address (confirmation limits) and the request's scheme and host (links in the confirmation mail when no PublicBaseUrl is configured).</summary>
public sealed record SubscriptionOrigin(string? Client, string? BaseUrl);
