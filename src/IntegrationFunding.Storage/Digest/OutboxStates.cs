namespace IntegrationFunding.Storage.Digest;

/// <summary>States of an outbox message.</summary>
public static class OutboxStates
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    /// <summary>Rejected permanently by the mail server (5xx); not retried.</summary>
    public const string Failed = "failed";
}
