using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Scheduling;

/// <summary>
/// What a digest run did. <see cref="Previews"/> holds the mails composed (all of them in a dry run);
/// <see cref="Retention"/> what the clean-up deleted (in a dry run: would delete); <see cref="ProfileGone"/> the
/// subscriptions skipped because their profile was deleted (deleted with it unless a dry run).
/// </summary>
public sealed record DigestRunReport(
    int Queued, int AlreadyQueued, int Empty, DispatchReport Dispatch, IReadOnlyList<MailContent> Previews, RetentionCounts Retention,
    int ProfileGone);
