namespace IntegrationFunding.Storage.Digest;

/// <summary>A mail waiting in (or sent from) the outbox. <see cref="Message"/> is the rendered mail as JSON.</summary>
public sealed record OutboxMessage(
    long Id,
    string SubscriptionId,
    string IdempotencyKey,
    string Kind,
    string Message,
    string State,
    int Attempts,
    DateTimeOffset NextAttemptAt);
