using System.Text.Json;
using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Programmes;

/// <summary>
/// Writes programme versions in one transaction and records field-level change events. Used alike by the
/// catalogue import and the crawler, so both leave the same history.
/// </summary>
public sealed class ProgrammeWriter(SqliteDatabase database, TimeProvider timeProvider)
{
    public async Task<ApplyResult> ApplyAsync(IReadOnlyList<Programme> incoming, string origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var events = new List<ChangeEvent>();
        var written = new List<string>();
        int created = 0, changed = 0, unchanged = 0;
        foreach (var programme in incoming)
        {
            var existing = await LoadAsync(connection, transaction, programme.Id, cancellationToken);
            var doc = ProgrammeJson.Serialize(programme);
            if (existing is null || existing.Value.Removed)
            {
                await UpsertAsync(connection, transaction, programme.Id, doc, now, firstSeen: existing is null ? now : null, cancellationToken);
                events.Add(await RecordAsync(connection, transaction, programme, ChangeKinds.New, [], now, origin, cancellationToken));
                created++;
                written.Add(programme.Id);
                continue;
            }

            var previous = existing.Value.Programme;
            var fields = ProgrammeDiff.Compare(previous, programme);
            if (fields.Count == 0)
            {
                unchanged++;
                if (!string.Equals(existing.Value.Doc, doc, StringComparison.Ordinal))
                {
                    await connection.Command("UPDATE programmes SET doc = $doc, missing_crawls = 0 WHERE id = $id", transaction)
                        .With("$doc", doc).With("$id", programme.Id).ExecuteNonQueryAsync(cancellationToken);
                    written.Add(programme.Id);
                }

                continue;
            }

            await UpsertAsync(connection, transaction, programme.Id, doc, now, firstSeen: null, cancellationToken);
            var kind = ProgrammeDiff.Closes(previous, programme) ? ChangeKinds.Closed : ChangeKinds.Changed;
            events.Add(await RecordAsync(connection, transaction, programme, kind, fields, now, origin, cancellationToken));
            changed++;
            written.Add(programme.Id);
        }

        if (written.Count > 0)
        {
            await BumpGenerationAsync(connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ApplyResult(created, changed, unchanged, events) { WrittenIds = written };
    }

    /// <summary>
    /// After a successful crawl of <paramref name="sourceId"/>: programmes of that source that were not seen
    /// get one more missed crawl; at <paramref name="threshold"/> misses they are marked removed.
    /// </summary>
    public async Task<IReadOnlyList<ChangeEvent>> RecordMissingAsync(
        string sourceId, IReadOnlySet<string> seenIds, int threshold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seenIds);
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var candidates = new List<(Programme Programme, int Missing)>();
        await using (var reader = await connection.Command("SELECT doc, missing_crawls FROM programmes WHERE removed_at IS NULL", transaction)
            .ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var programme = ProgrammeJson.Deserialize(reader.GetString(0));
                if (!seenIds.Contains(programme.Id) && programme.Sources.Any(s => s.SourceId == sourceId))
                {
                    candidates.Add((programme, reader.GetInt32(1)));
                }
            }
        }

        var events = new List<ChangeEvent>();
        foreach (var (programme, missing) in candidates)
        {
            var removed = missing + 1 >= threshold;
            await connection.Command("UPDATE programmes SET missing_crawls = missing_crawls + 1, removed_at = $removed WHERE id = $id", transaction)
                .With("$removed", removed ? now.ToStorage() : null).With("$id", programme.Id).ExecuteNonQueryAsync(cancellationToken);
            if (removed)
            {
                events.Add(await RecordAsync(connection, transaction, programme, ChangeKinds.Removed, [], now, $"crawl:{sourceId}", cancellationToken));
            }
        }

        if (events.Count > 0)
        {
            await BumpGenerationAsync(connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return events;
    }

    private static async Task<(Programme Programme, string Doc, bool Removed)?> LoadAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        await using var reader = await connection.Command("SELECT doc, removed_at FROM programmes WHERE id = $id", transaction)
            .With("$id", id).ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var doc = reader.GetString(0);
        return (ProgrammeJson.Deserialize(doc), doc, !reader.IsDBNull(1));
    }

    private static Task<int> UpsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, string doc, DateTimeOffset now, DateTimeOffset? firstSeen, CancellationToken cancellationToken) =>
        connection.Command(
                """
                INSERT INTO programmes (id, doc, first_seen, last_changed) VALUES ($id, $doc, $firstSeen, $now)
                ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, last_changed = excluded.last_changed,
                    removed_at = NULL, missing_crawls = 0
                """,
                transaction)
            .With("$id", id).With("$doc", doc).With("$now", now.ToStorage()).With("$firstSeen", (firstSeen ?? now).ToStorage())
            .ExecuteNonQueryAsync(cancellationToken);

    private static async Task<ChangeEvent> RecordAsync(
        SqliteConnection connection, SqliteTransaction transaction, Programme programme, string kind,
        IReadOnlyList<FieldChange> fields, DateTimeOffset now, string origin, CancellationToken cancellationToken)
    {
        var seq = await connection.Command(
                """
                INSERT INTO change_events (programme_id, programme_name, kind, fields, occurred_at, origin)
                VALUES ($id, $name, $kind, $fields, $at, $origin) RETURNING seq
                """,
                transaction)
            .With("$id", programme.Id).With("$name", programme.Name).With("$kind", kind)
            .With("$fields", JsonSerializer.Serialize(fields, ProgrammeJson.Options))
            .With("$at", now.ToStorage()).With("$origin", origin)
            .ExecuteScalarAsync(cancellationToken);
        return new ChangeEvent((long)seq!, programme.Id, programme.Name, kind, fields, now, origin);
    }

    private static Task<int> BumpGenerationAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        connection.Command("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'programmes_generation'", transaction)
            .ExecuteNonQueryAsync(cancellationToken);
}
