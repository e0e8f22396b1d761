using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Digest.Rendering;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>
/// Double opt-in: a new subscription is pending and gets only the confirmation mail; the signed link activates
/// it; the unsubscribe link deletes the address with everything queued for it.
/// </summary>
public sealed class SubscriptionService(
    SubscriptionStore store, OutboxStore outbox, OutboxDispatcher dispatcher, MailRenderer renderer, DigestTokens tokens, TimeProvider time)
{
    /// <summary>Stores a pending subscription and sends the confirmation mail (or leaves it queued when SMTP is down).</summary>
    public async Task SubscribeAsync(string email, string? profileId, SavedSearch? search, string frequency, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var subscription = new StoredSubscription(
            Guid.NewGuid().ToString("N"), email, profileId, profileId is null ? (search ?? new SavedSearch()).ToJson() : null,
            frequency, SubscriptionStates.Pending, now, null, null, 0);
        await store.CreateAsync(subscription, cancellationToken);
        var key = subscription.Id + ":confirm";
        var mail = await renderer.ConfirmationAsync(subscription, key, cancellationToken);
        if (await outbox.EnqueueAsync(subscription.Id, key, "confirmation", mail.ToJson(), now, cancellationToken: cancellationToken))
        {
            OutboxMetrics.RecordQueued("confirmation");
        }

        await dispatcher.DispatchAsync(subscription.Id, cancellationToken);
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
