namespace IntegrationFunding.Storage.Digest;

/// <summary>What a retention clean-up deleted (or would delete): expired pending subscriptions and outbox mails.</summary>
public sealed record RetentionCounts(int Subscriptions, int Mails)
{
    public static readonly RetentionCounts None = new(0, 0);

    public bool IsEmpty => Subscriptions == 0 && Mails == 0;
}
