using System.Security.Cryptography;
using System.Text;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.ApiKeys;

/// <summary>
/// API keys of advisory offices. A key is <c>ifk_&lt;id&gt;_&lt;secret&gt;</c> with a 256-bit secret; only its SHA-256
/// is stored, and a presented key is compared with it in constant time.
/// </summary>
public sealed class ApiKeyStore(SqliteDatabase database, TimeProvider time)
{
    private const string Prefix = "ifk_";

    /// <summary>Creates a key; the returned key text is shown once and cannot be recovered.</summary>
    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var id = RandomTokens.Base32(10);
        var key = $"{Prefix}{id}_{RandomTokens.Base32(32)}";
        var record = new ApiKeyRecord(id, name.Trim(), time.GetUtcNow(), null);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command("INSERT INTO api_keys (id, name, key_hash, created_at) VALUES ($id, $name, $hash, $created)")
            .With("$id", id).With("$name", record.Name).With("$hash", Convert.ToHexString(Hash(key)))
            .With("$created", record.CreatedAt.ToStorage())
            .ExecuteNonQueryAsync(cancellationToken);
        return (record, key);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command("SELECT id, name, created_at, revoked_at FROM api_keys ORDER BY created_at, id")
            .ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var revoked = reader.GetNullableString(3);
            keys.Add(new ApiKeyRecord(reader.GetString(0), reader.GetString(1), SqliteExtensions.FromStorage(reader.GetString(2)),
                revoked is null ? null : SqliteExtensions.FromStorage(revoked)));
        }

        return keys;
    }

    /// <summary>Revokes a key; false when no active key has this id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.Command("UPDATE api_keys SET revoked_at = $now WHERE id = $id AND revoked_at IS NULL")
            .With("$id", id).With("$now", time.GetUtcNow().ToStorage())
            .ExecuteNonQueryAsync(cancellationToken);
        return changed > 0;
    }

    /// <summary>The active key matching the presented text, or null.</summary>
    public async Task<ApiKeyRecord?> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (presented is null || !presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 200)
        {
            return null;
        }

        var separator = presented.IndexOf('_', Prefix.Length);
        if (separator < 0)
        {
            return null;
        }

        var id = presented[Prefix.Length..separator];
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command("SELECT name, key_hash, created_at FROM api_keys WHERE id = $id AND revoked_at IS NULL")
            .With("$id", id).ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var stored = Convert.FromHexString(reader.GetString(1));
        return CryptographicOperations.FixedTimeEquals(stored, Hash(presented))
            ? new ApiKeyRecord(id, reader.GetString(0), SqliteExtensions.FromStorage(reader.GetString(2)), null)
            : null;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
