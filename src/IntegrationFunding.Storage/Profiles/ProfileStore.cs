using System.Text.Json;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Storage.Sqlite;

namespace IntegrationFunding.Storage.Profiles;

/// <summary>
/// Municipality profiles as JSON documents, each owned by one tenant. Every read and write is scoped to the
/// tenant: another tenant's profile behaves as if it did not exist.
/// </summary>
public sealed class ProfileStore(SqliteDatabase database, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a new profile under a fresh unguessable id (128 bits, base32) and returns it.</summary>
    public async Task<MunicipalityProfile> CreateAsync(string tenant, MunicipalityProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var stored = profile with { Id = RandomTokens.Base32(16) };
        var now = time.GetUtcNow().ToStorage();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command("INSERT INTO profiles (id, tenant, doc, created_at, updated_at) VALUES ($id, $tenant, $doc, $now, $now)")
            .With("$id", stored.Id).With("$tenant", tenant).With("$doc", JsonSerializer.Serialize(stored, Json)).With("$now", now)
            .ExecuteNonQueryAsync(cancellationToken);
        return stored;
    }

    public async Task<MunicipalityProfile?> GetAsync(string tenant, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var doc = await connection.Command("SELECT doc FROM profiles WHERE id = $id AND tenant = $tenant")
            .With("$id", id).With("$tenant", tenant).ExecuteScalarAsync(cancellationToken);
        return doc is string text ? JsonSerializer.Deserialize<MunicipalityProfile>(text, Json) : null;
    }

    /// <summary>Replaces a profile's content (the id stays); false when the tenant has no such profile.</summary>
    public async Task<bool> UpdateAsync(string tenant, MunicipalityProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.Command("UPDATE profiles SET doc = $doc, updated_at = $now WHERE id = $id AND tenant = $tenant")
            .With("$id", profile.Id).With("$tenant", tenant).With("$doc", JsonSerializer.Serialize(profile, Json))
            .With("$now", time.GetUtcNow().ToStorage())
            .ExecuteNonQueryAsync(cancellationToken);
        return changed > 0;
    }

    public async Task<bool> DeleteAsync(string tenant, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.Command("DELETE FROM profiles WHERE id = $id AND tenant = $tenant")
            .With("$id", id).With("$tenant", tenant).ExecuteNonQueryAsync(cancellationToken);
        return changed > 0;
    }

    /// <summary>A profile by its id alone (the id is the secret of a calendar subscription link), or null.</summary>
    public async Task<MunicipalityProfile?> GetBySecretIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var doc = await connection.Command("SELECT doc FROM profiles WHERE id = $id").With("$id", id).ExecuteScalarAsync(cancellationToken);
        return doc is string text ? JsonSerializer.Deserialize<MunicipalityProfile>(text, Json) : null;
    }
}
