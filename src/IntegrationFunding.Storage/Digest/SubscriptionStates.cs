namespace IntegrationFunding.Storage.Digest;

/// <summary>States of a digest subscription.</summary>
public static class SubscriptionStates
{
    /// <summary>Waiting for the double opt-in confirmation; only the confirmation mail may be sent.</summary>
    public const string Pending = "pending";
    public const string Active = "active";
    /// <summary>Stopped after repeated permanent delivery failures (bounces).</summary>
    public const string Paused = "paused";
}
