using System.Globalization;
using IntegrationFunding.Storage.Sqlite;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// A full rebuild asked for by a process that does not own the index folder (<c>cli reindex</c> while the host
/// runs): a counter in the database's <c>meta</c> table that the owner polls and answers with a rebuild.
/// </summary>
public sealed class RebuildRequests(SqliteDatabase database)
{
    private const string Key = "search_rebuild_requests";

    /// <summary>Asks the index owner for a full rebuild.</summary>
    public async Task RequestAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command(
                $"INSERT INTO meta (key, value) VALUES ('{Key}', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)")
            .ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The number of requests so far (0 when none).</summary>
    public async Task<long> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var value = await connection.Command($"SELECT value FROM meta WHERE key = '{Key}'").ExecuteScalarAsync(cancellationToken);
        return value is string text ? long.Parse(text, CultureInfo.InvariantCulture) : 0;
    }
}
