using IntegrationFunding.Storage.Digest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>
/// Sends due outbox mails. Each mail is leased first, so parallel runs never send it twice; temporary failures
/// stay in the outbox with exponential backoff; permanent ones count as bounces and may pause the subscription.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore outbox, IMailTransport transport, TimeProvider time, IOptions<DigestOptions> options, ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    public async Task<DispatchReport> DispatchAsync(string? subscriptionId = null, CancellationToken cancellationToken = default)
    {
        int sent = 0, retrying = 0, failed = 0, paused = 0;
        var now = time.GetUtcNow();
        foreach (var message in await outbox.DueAsync(now, 1000, cancellationToken))
        {
            if ((subscriptionId is not null && message.SubscriptionId != subscriptionId) || !await outbox.TryLeaseAsync(message.Id, now, now + Lease, cancellationToken))
            {
                continue;
            }

            try
            {
                await transport.SendAsync(MailContent.FromJson(message.Message), cancellationToken);
                await outbox.MarkSentAsync(message, time.GetUtcNow(), cancellationToken);
                OutboxMetrics.RecordSent();
                sent++;
            }
            catch (MailDeliveryException ex) when (ex.Permanent)
            {
                failed++;
                OutboxMetrics.RecordFailed();
                logger.LogWarning(
                    "Mail {OutboxId} ({Key}) endgültig abgelehnt: {Error}", message.Id, message.IdempotencyKey, LogRedaction.Mask(ex.Message));
                if (await outbox.MarkFailedAsync(message, LogRedaction.Mask(ex.Message), options.Value.MaxBounces, cancellationToken))
                {
                    paused++;
                }
            }
            catch (MailDeliveryException ex)
            {
                retrying++;
                OutboxMetrics.RecordRetried();
                var next = time.GetUtcNow() + Backoff(message.Attempts);
                logger.LogWarning(
                    "Mail {OutboxId} ({Key}) nicht zugestellt, neuer Versuch ab {Next}: {Error}", message.Id, message.IdempotencyKey, next, LogRedaction.Mask(ex.Message));
                await outbox.MarkRetryAsync(message, next, LogRedaction.Mask(ex.Message), cancellationToken);
            }
        }

        return new DispatchReport(sent, retrying, failed, paused);
    }

    /// <summary>Base delay doubled per earlier attempt, capped.</summary>
    internal TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.Value.RetryBaseDelay.Ticks * factor, options.Value.RetryMaxDelay.Ticks));
        return delay;
    }
}
