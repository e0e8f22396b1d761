using IntegrationFunding.Digest.Composition;
using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Digest.Rendering;
using IntegrationFunding.Digest.Retention;
using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Storage.Digest;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Scheduling;

/// <summary>
/// One digest run: for every confirmed subscription whose period has no digest yet, compose what happened since
/// its last digest, queue it under the key subscription + period (moving its covered period in the same
/// transaction), then send what the outbox holds. First it deletes what is no longer needed (<see cref="DigestRetention"/>).
/// Subscriptions whose profile no longer exists are skipped and deleted. Safe to repeat and to interrupt at any point.
/// </summary>
public sealed class DigestRunner(
    SubscriptionStore subscriptions, OutboxStore outbox, DigestComposer composer, MailRenderer renderer, OutboxDispatcher dispatcher,
    DigestRetention retention, IProfileMatcher profiles, TimeProvider time, IOptions<DigestOptions> options)
{
    /// <param name="dryRun">Compose only: nothing is queued, sent, moved on or deleted.</param>
    /// <param name="scheduled">From the schedule: weekly digests only on the weekly day. The CLI sends whatever is due.</param>
    public async Task<DigestRunReport> RunAsync(bool dryRun, bool scheduled = false, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = BerlinCalendar.Today(time);
        var settings = options.Value;
        var cleaned = await retention.RunAsync(dryRun, cancellationToken);
        int queued = 0, already = 0, empty = 0, profileGone = 0;
        var previews = new List<MailContent>();
        foreach (var subscription in await subscriptions.ListAsync(SubscriptionStates.Active, cancellationToken))
        {
            if (scheduled && subscription.Frequency == SubscriptionFrequencies.Weekly && today.DayOfWeek != settings.WeeklyDay)
            {
                continue;
            }

            // A subscription to a deleted profile gets no more mail; it goes too (normally it went with the profile).
            if (subscription.ProfileId is { } profileId && await profiles.DescribeAsync(profileId, cancellationToken) is null)
            {
                profileGone++;
                if (!dryRun)
                {
                    await subscriptions.DeleteAsync(subscription.Id, cancellationToken);
                }

                continue;
            }

            var key = DigestPeriods.PeriodKey(subscription, today, settings.WeeklyDay);
            if (await outbox.ExistsAsync(key, cancellationToken))
            {
                already++;
                continue;
            }

            var since = subscription.CoveredUntil ?? subscription.ConfirmedAt ?? subscription.CreatedAt;
            var content = await composer.ComposeAsync(subscription, since, now, today, cancellationToken);
            if (content.IsEmpty && !settings.SendEmptyDigests)
            {
                empty++;
                continue;
            }

            var mail = await renderer.DigestAsync(subscription, content, key, cancellationToken);
            previews.Add(mail);
            if (!dryRun && await outbox.EnqueueAsync(subscription.Id, key, "digest", mail.ToJson(), now, coveredUntil: now, cancellationToken))
            {
                OutboxMetrics.RecordQueued("digest");
                queued++;
            }
        }

        var dispatch = dryRun ? new DispatchReport(0, 0, 0, 0) : await dispatcher.DispatchAsync(cancellationToken: cancellationToken);
        return new DigestRunReport(queued, already, empty, dispatch, previews, cleaned, profileGone);
    }
}
