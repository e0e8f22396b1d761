namespace IntegrationFunding.Digest.Delivery;

/// <summary>What one pass over the outbox did.</summary>
public sealed record DispatchReport(int Sent, int Retrying, int Failed, int Paused);
