using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Digest;

public sealed partial class OutboxStore
{
    /// <summary>Delivered: the body is dropped (store no more than needed), the key stays for idempotency.</summary>
    public async Task MarkSentAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.Command(
                """
                UPDATE digest_outbox SET state = 'sent', message = '', sent_at = $now, attempts = attempts + 1,
                    lease_until = NULL, last_error = NULL WHERE id = $id
                """,
                transaction)
            .With("$id", message.Id).With("$now", now.ToStorage()).ExecuteNonQueryAsync(cancellationToken);
        await connection.Command("UPDATE digest_subscriptions SET bounces = 0 WHERE id = $sub", transaction)
            .With("$sub", message.SubscriptionId).ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Temporary failure: the mail stays pending and is tried again at <paramref name="nextAttemptAt"/>.</summary>
    public async Task MarkRetryAsync(OutboxMessage message, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command(
                """
                UPDATE digest_outbox SET attempts = attempts + 1, next_attempt_at = $next, lease_until = NULL, last_error = $error
                WHERE id = $id
                """)
            .With("$id", message.Id).With("$next", nextAttemptAt.ToStorage()).With("$error", error)
            .ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Permanent failure (bounce): the mail is kept as failed without its body; the subscription counts the
    /// bounce and is paused at <paramref name="maxBounces"/>. Returns true when the subscription was paused.
    /// </summary>
    public async Task<bool> MarkFailedAsync(OutboxMessage message, string error, int maxBounces, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.Command(
                """
                UPDATE digest_outbox SET state = 'failed', message = '', attempts = attempts + 1, lease_until = NULL, last_error = $error
                WHERE id = $id
                """,
                transaction)
            .With("$id", message.Id).With("$error", error).ExecuteNonQueryAsync(cancellationToken);
        var paused = await connection.Command(
                """
                UPDATE digest_subscriptions SET bounces = bounces + 1,
                    state = CASE WHEN bounces + 1 >= $max AND state = 'active' THEN 'paused' ELSE state END
                WHERE id = $sub RETURNING state
                """,
                transaction)
            .With("$sub", message.SubscriptionId).With("$max", maxBounces).ExecuteScalarAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return paused is SubscriptionStates.Paused;
    }

    /// <summary>Counts outbox rows by state for one subscription (reports and tests).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStateAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command("SELECT state, COUNT(*) FROM digest_outbox WHERE subscription_id = $sub GROUP BY state")
            .With("$sub", subscriptionId).ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
