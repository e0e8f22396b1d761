using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Digest;

/// <summary>
/// The mail outbox. Enqueueing is idempotent (unique key); sending is claimed with a short lease so two
/// processes never send the same mail at once; delivered mails keep only their key and times.
/// </summary>
public sealed partial class OutboxStore(SqliteDatabase database)
{
    /// <summary>
    /// Adds a mail unless one with the same key exists. When added and <paramref name="coveredUntil"/> is given,
    /// the subscription's covered period moves on in the same transaction. True when the mail was added.
    /// </summary>
    public async Task<bool> EnqueueAsync(
        string subscriptionId, string key, string kind, string message, DateTimeOffset now, DateTimeOffset? coveredUntil = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var rows = await connection.Command(
                """
                INSERT OR IGNORE INTO digest_outbox (subscription_id, idempotency_key, kind, message, state, next_attempt_at, created_at)
                SELECT $sub, $key, $kind, $message, 'pending', $now, $now WHERE EXISTS (SELECT 1 FROM digest_subscriptions WHERE id = $sub)
                """,
                transaction)
            .With("$sub", subscriptionId).With("$key", key).With("$kind", kind).With("$message", message).With("$now", now.ToStorage())
            .ExecuteNonQueryAsync(cancellationToken);
        if (rows > 0 && coveredUntil is { } until)
        {
            await connection.Command("UPDATE digest_subscriptions SET covered_until = $until WHERE id = $sub", transaction)
                .With("$until", until.ToStorage()).With("$sub", subscriptionId).ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rows > 0;
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.Command("SELECT 1 FROM digest_outbox WHERE idempotency_key = $key").With("$key", key).ExecuteScalarAsync(cancellationToken);
        return found is not null;
    }

    /// <summary>Pending mails due at <paramref name="now"/>, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command(
                """
                SELECT id, subscription_id, idempotency_key, kind, message, state, attempts, next_attempt_at FROM digest_outbox
                WHERE state = 'pending' AND next_attempt_at <= $now AND (lease_until IS NULL OR lease_until < $now)
                ORDER BY id LIMIT $limit
                """)
            .With("$now", now.ToStorage()).With("$limit", limit).ExecuteReaderAsync(cancellationToken);
        var list = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new OutboxMessage(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetInt32(6), SqliteExtensions.FromStorage(reader.GetString(7))));
        }

        return list;
    }

    /// <summary>When the next pending mail becomes due, or null when the outbox is empty.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var value = await connection.Command("SELECT MIN(next_attempt_at) FROM digest_outbox WHERE state = 'pending'").ExecuteScalarAsync(cancellationToken);
        return value is string text ? SqliteExtensions.FromStorage(text) : null;
    }

    /// <summary>Claims a due mail for sending until <paramref name="leaseUntil"/>. False when another sender has it.</summary>
    public async Task<bool> TryLeaseAsync(long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command(
                """
                UPDATE digest_outbox SET lease_until = $lease
                WHERE id = $id AND state = 'pending' AND (lease_until IS NULL OR lease_until < $now)
                """)
            .With("$id", id).With("$now", now.ToStorage()).With("$lease", leaseUntil.ToStorage()).ExecuteNonQueryAsync(cancellationToken);
        return rows == 1;
    }
}
