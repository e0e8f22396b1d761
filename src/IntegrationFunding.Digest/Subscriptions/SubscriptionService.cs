using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Digest.Rendering;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>
/// Double opt-in: a new subscription is pending and gets only the confirmation mail; the signed link activates
/// it; the unsubscribe link deletes the address with everything queued for it.
/// </summary>
public sealed class SubscriptionService(
    SubscriptionStore store, OutboxStore outbox, OutboxDispatcher dispatcher, MailRenderer renderer, DigestTokens tokens,
    ConfirmationLimiter limiter, TimeProvider time)
{
    /// <summary>
    /// Stores a pending subscription and sends the confirmation mail (or leaves it queued when SMTP is down) –
    /// unless a <see cref="ConfirmationLimiter"/> limit (per address and target, per address, per
    /// client of <paramref name="origin"/>) is used up: then nothing is stored or sent. Callers answer the same either way,
    /// so the result never tells a stranger whether an address is known.
    /// </summary>
    /// <returns>True when a confirmation was stored and sent.</returns>
    public async Task<bool> SubscribeAsync(
        string email, string? profileId, SavedSearch? search, string frequency, SubscriptionOrigin? origin = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var searchJson = profileId is null ? (search ?? new SavedSearch()).ToJson() : null;
        if (!limiter.TryAcquire(email, $"{profileId}\n{searchJson}\n{frequency}", origin?.Client))
        {
            return false;
        }

        var now = time.GetUtcNow();
        var subscription = new StoredSubscription(
            Guid.NewGuid().ToString("N"), email, profileId, searchJson, frequency, SubscriptionStates.Pending, now, null, null, 0);
        await store.CreateAsync(subscription, cancellationToken);
        var key = subscription.Id + ":confirm";
        var mail = await renderer.ConfirmationAsync(subscription, key, origin?.BaseUrl, cancellationToken);
        if (await outbox.EnqueueAsync(subscription.Id, key, "confirmation", mail.ToJson(), now, cancellationToken: cancellationToken))
        {
            OutboxMetrics.RecordQueued("confirmation");
        }

        await dispatcher.DispatchAsync(subscription.Id, cancellationToken);
        return true;
    }

    public async Task<bool> ConfirmAsync(string? token, CancellationToken cancellationToken = default) =>
        await tokens.ValidateAsync(token, DigestTokens.ConfirmPurpose, cancellationToken) is { } id
        && await store.ConfirmAsync(id, time.GetUtcNow(), cancellationToken);

    /// <summary>True when the token is genuine (the address is gone afterwards, also if it was already deleted).</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (await tokens.ValidateAsync(token, DigestTokens.UnsubscribePurpose, cancellationToken) is not { } id)
        {
            return false;
        }

        await store.DeleteAsync(id, cancellationToken);
        return true;
    }

    /// <summary>True when the unsubscribe token is genuine (for the page that asks to confirm with one click).</summary>
    public async Task<bool> IsValidUnsubscribeAsync(string? token, CancellationToken cancellationToken = default) =>
        await tokens.ValidateAsync(token, DigestTokens.UnsubscribePurpose, cancellationToken) is not null;
}
