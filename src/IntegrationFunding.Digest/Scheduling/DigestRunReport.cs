using IntegrationFunding.Digest.Delivery;

namespace IntegrationFunding.Digest.Scheduling;

/// <summary>What a digest run did. <see cref="Previews"/> holds the mails composed (all of them in a dry run).</summary>
public sealed record DigestRunReport(int Queued, int AlreadyQueued, int Empty, DispatchReport Dispatch, IReadOnlyList<MailContent> Previews);
