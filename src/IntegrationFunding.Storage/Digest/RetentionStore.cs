using System.Globalization;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Digest;

/// <summary>
/// Store no more than needed (GDPR): pending subscriptions never confirmed in time go with their queued mail,
/// and sent or permanently failed outbox rows go once they are older than the retention period. Pending
/// mails of active subscriptions always stay.
/// </summary>
public sealed class RetentionStore(SqliteDatabase database)
{
    private const string ExpiredSubscriptions =
        "state = 'pending' AND created_at < $pendingBefore";

    private const string OldMails =
        $"""
        (state IN ('sent', 'failed') AND COALESCE(sent_at, next_attempt_at) < $finishedBefore)
        OR subscription_id IN (SELECT id FROM digest_subscriptions WHERE {ExpiredSubscriptions})
        """;

    /// <summary>What <see cref="DeleteAsync"/> would delete with the same cut-offs (for dry runs).</summary>
    public async Task<RetentionCounts> CountAsync(DateTimeOffset pendingBefore, DateTimeOffset finishedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var subscriptions = await connection.Command($"SELECT COUNT(*) FROM digest_subscriptions WHERE {ExpiredSubscriptions}")
            .With("$pendingBefore", pendingBefore.ToStorage()).ExecuteScalarAsync(cancellationToken);
        var mails = await connection.Command($"SELECT COUNT(*) FROM digest_outbox WHERE {OldMails}")
            .With("$pendingBefore", pendingBefore.ToStorage()).With("$finishedBefore", finishedBefore.ToStorage())
            .ExecuteScalarAsync(cancellationToken);
        return new RetentionCounts(ToInt(subscriptions), ToInt(mails));
    }

    /// <summary>
    /// Deletes, in one transaction, pending subscriptions created before <paramref name="pendingBefore"/> with all
    /// their mail, and sent or failed mails finished before <paramref name="finishedBefore"/>.
    /// </summary>
    public async Task<RetentionCounts> DeleteAsync(DateTimeOffset pendingBefore, DateTimeOffset finishedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var mails = await connection.Command($"DELETE FROM digest_outbox WHERE {OldMails}", transaction)
            .With("$pendingBefore", pendingBefore.ToStorage()).With("$finishedBefore", finishedBefore.ToStorage())
            .ExecuteNonQueryAsync(cancellationToken);
        var subscriptions = await connection.Command($"DELETE FROM digest_subscriptions WHERE {ExpiredSubscriptions}", transaction)
            .With("$pendingBefore", pendingBefore.ToStorage()).ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RetentionCounts(subscriptions, mails);
    }

    private static int ToInt(object? value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
