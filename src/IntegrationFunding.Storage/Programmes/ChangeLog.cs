using System.Text.Json;
using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Storage.Sqlite;

namespace IntegrationFunding.Storage.Programmes;

/// <summary>Reads recorded change events in commit order.</summary>
public sealed class ChangeLog(SqliteDatabase database)
{
    /// <summary>Events after <paramref name="since"/> (and after sequence <paramref name="afterSequence"/>, for paging).</summary>
    public async Task<IReadOnlyList<ChangeEvent>> SinceAsync(DateTimeOffset since, int limit, long afterSequence = 0, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command(
                """
                SELECT seq, programme_id, programme_name, kind, fields, occurred_at, origin FROM change_events
                WHERE occurred_at > $since AND seq > $after ORDER BY seq LIMIT $limit
                """)
            .With("$since", since.ToStorage()).With("$limit", limit).With("$after", afterSequence)
            .ExecuteReaderAsync(cancellationToken);
        var events = new List<ChangeEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new ChangeEvent(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                JsonSerializer.Deserialize<List<FieldChange>>(reader.GetString(4), ProgrammeJson.Options) ?? [],
                SqliteExtensions.FromStorage(reader.GetString(5)),
                reader.GetString(6)));
        }

        return events;
    }
}
