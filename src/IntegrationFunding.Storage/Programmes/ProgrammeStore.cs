using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Programmes;

/// <summary>Reads programmes that are not removed (one read includes removed ones), with their first-seen and last-changed times.</summary>
public sealed class ProgrammeStore(SqliteDatabase database)
{
    private const string Select = "SELECT doc, first_seen, last_changed FROM programmes";

    public async Task<IReadOnlyList<Programme>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command($"{Select} WHERE removed_at IS NULL ORDER BY id")
            .ExecuteReaderAsync(cancellationToken);
        var programmes = new List<Programme>();
        while (await reader.ReadAsync(cancellationToken))
        {
            programmes.Add(Read(reader));
        }

        return programmes;
    }

    /// <summary>
    /// All current programmes with their storage key and a stamp of their stored row (a stable hash of the document
    /// and its first-seen and last-changed times). Rows whose stamp equals the one in <paramref name="known"/> are not
    /// deserialised again: their known programme is returned. For the search index, which re-reads the table on
    /// every change and must not pay for 20,000 unchanged documents.
    /// </summary>
    public async Task<IReadOnlyList<StampedProgramme>> GetAllStampedAsync(
        IReadOnlyDictionary<long, StampedProgramme>? known = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command("SELECT doc, first_seen, last_changed, rowid FROM programmes WHERE removed_at IS NULL ORDER BY rowid")
            .ExecuteReaderAsync(cancellationToken);
        var programmes = new List<StampedProgramme>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetInt64(3);
            var stamp = RowStamp.Of(reader.GetString(0), reader.GetString(1), reader.GetString(2));
            programmes.Add(known is not null && known.TryGetValue(key, out var same) && same.Stamp == stamp
                ? same
                : new StampedProgramme(key, stamp, Read(reader)));
        }

        return programmes;
    }

    public async Task<Programme?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command($"{Select} WHERE id = $id AND removed_at IS NULL")
            .With("$id", id)
            .ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>
    /// One programme by id even when it has been marked removed (missing from several crawls): its last known
    /// document, e.g. for telling digest subscribers that it is gone. Null when the id was never stored.
    /// </summary>
    public async Task<Programme?> GetIncludingRemovedAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command($"{Select} WHERE id = $id")
            .With("$id", id)
            .ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var count = await connection.Command("SELECT COUNT(*) FROM programmes WHERE removed_at IS NULL").ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A counter that grows with every committed change of the programme set (cheap to poll).</summary>
    public async Task<long> GetGenerationAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetGenerationAsync(connection, cancellationToken);
    }

    internal static async Task<long> GetGenerationAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var value = await connection.Command("SELECT value FROM meta WHERE key = 'programmes_generation'").ExecuteScalarAsync(cancellationToken);
        return long.Parse((string)value!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Programme Read(SqliteDataReader reader) =>
        ProgrammeJson.Deserialize(reader.GetString(0)) with
        {
            FirstSeen = SqliteExtensions.FromStorage(reader.GetString(1)),
            LastChanged = SqliteExtensions.FromStorage(reader.GetString(2)),
        };
}
