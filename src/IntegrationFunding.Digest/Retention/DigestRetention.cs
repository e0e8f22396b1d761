using IntegrationFunding.Storage.Digest;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Retention;

/// <summary>
/// The clean-up of every digest run: pending subscriptions older than <see cref="DigestOptions.ConfirmationTokenLifetime"/>
/// (their link has expired) go with their queued mail; sent or failed mails older than
/// <see cref="DigestOptions.OutboxRetention"/> go. A dry run only counts.
/// </summary>
public sealed class DigestRetention(RetentionStore store, TimeProvider time, IOptions<DigestOptions> options)
{
    public Task<RetentionCounts> RunAsync(bool dryRun, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var pendingBefore = now - options.Value.ConfirmationTokenLifetime;
        var finishedBefore = now - options.Value.OutboxRetention;
        return dryRun
            ? store.CountAsync(pendingBefore, finishedBefore, cancellationToken)
            : store.DeleteAsync(pendingBefore, finishedBefore, cancellationToken);
    }
}
