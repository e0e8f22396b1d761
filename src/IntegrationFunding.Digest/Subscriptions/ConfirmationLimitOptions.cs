using System.ComponentModel.DataAnnotations;

namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>
/// Limits against mail bombing through double opt-in, bound from <c>Subscriptions:Confirmations</c>. Counted per
/// hour in memory (a restart forgets them): one pending confirmation per address and subscription target, a few
/// per address, a few more per client address. A request over a limit is answered exactly like one under it.
/// </summary>
public sealed class ConfirmationLimitOptions
{
    public const string SectionName = "Subscriptions:Confirmations";

    /// <summary>The window of all three limits. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Confirmation mails per address and target (profile or saved search, frequency) per window. Default 1.</summary>
    [Range(1, 1000)]
    public int PerAddressAndTarget { get; set; } = 1;

    /// <summary>Confirmation mails per address per window, across targets. Default 3.</summary>
    [Range(1, 1000)]
    public int PerAddress { get; set; } = 3;

    /// <summary>Confirmation mails requested by one client (IP address) per window. Default 10.</summary>
    [Range(1, 100_000)]
    public int PerClient { get; set; } = 10;
}
