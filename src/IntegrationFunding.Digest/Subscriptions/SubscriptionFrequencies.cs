namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>How often a subscriber receives a digest.</summary>
public static class SubscriptionFrequencies
{
    public const string Weekly = "weekly";
    public const string Daily = "daily";

    public static readonly IReadOnlyList<string> All = [Weekly, Daily];
}
