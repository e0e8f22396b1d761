using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Digest;

/// <summary>Digest subscriptions: create (pending), confirm, list, delete (unsubscribe deletes the address; a deleted profile takes its subscriptions along).</summary>
public sealed class SubscriptionStore(SqliteDatabase database)
{
    private const string Select =
        "SELECT id, email, profile_id, search, frequency, state, created_at, confirmed_at, covered_until, bounces FROM digest_subscriptions";

    public async Task CreateAsync(StoredSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command(
                """
                INSERT INTO digest_subscriptions (id, email, profile_id, search, frequency, state, created_at)
                VALUES ($id, $email, $profile, $search, $frequency, $state, $created)
                """)
            .With("$id", subscription.Id).With("$email", subscription.Email).With("$profile", subscription.ProfileId)
            .With("$search", subscription.Search).With("$frequency", subscription.Frequency).With("$state", subscription.State)
            .With("$created", subscription.CreatedAt.ToStorage())
            .ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredSubscription?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command($"{Select} WHERE id = $id").With("$id", id).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<StoredSubscription>> ListAsync(string state, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command($"{Select} WHERE state = $state ORDER BY created_at, id")
            .With("$state", state).ExecuteReaderAsync(cancellationToken);
        var list = new List<StoredSubscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    /// <summary>Activates a pending subscription; the first digest covers changes from now on. False when unknown.</summary>
    public async Task<bool> ConfirmAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command(
                """
                UPDATE digest_subscriptions SET state = 'active', confirmed_at = $now, covered_until = $now
                WHERE id = $id AND state = 'pending'
                """)
            .With("$id", id).With("$now", now.ToStorage()).ExecuteNonQueryAsync(cancellationToken);
        if (rows > 0)
        {
            return true;
        }

        return await GetAsync(id, cancellationToken) is not null;
    }

    /// <summary>Deletes the subscription with its address and outbox mails. False when it was already gone.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command("DELETE FROM digest_subscriptions WHERE id = $id").With("$id", id).ExecuteNonQueryAsync(cancellationToken);
        return rows > 0;
    }

    /// <summary>Deletes every subscription (with its outbox mails) that watches the given profile; returns how many.</summary>
    public async Task<int> DeleteForProfileAsync(string profileId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("DELETE FROM digest_subscriptions WHERE profile_id = $profile")
            .With("$profile", profileId).ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The stored digest signing key, created from <paramref name="generate"/> on first use (race-safe).</summary>
    public async Task<string> GetOrCreateSigningKeyAsync(Func<string> generate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generate);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command("INSERT OR IGNORE INTO meta (key, value) VALUES ('digest_signing_key', $value)")
            .With("$value", generate()).ExecuteNonQueryAsync(cancellationToken);
        return (string)(await connection.Command("SELECT value FROM meta WHERE key = 'digest_signing_key'").ExecuteScalarAsync(cancellationToken))!;
    }

    private static StoredSubscription Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetNullableString(2),
        reader.GetNullableString(3),
        reader.GetString(4),
        reader.GetString(5),
        SqliteExtensions.FromStorage(reader.GetString(6)),
        reader.GetNullableString(7) is { } confirmed ? SqliteExtensions.FromStorage(confirmed) : null,
        reader.GetNullableString(8) is { } covered ? SqliteExtensions.FromStorage(covered) : null,
        reader.GetInt32(9));
}
