using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Crawls;

/// <summary>Records crawl runs and their failures; reads the latest runs for reports.</summary>
public sealed class CrawlRunLog(SqliteDatabase database)
{
    public async Task<long> RecordAsync(CrawlRunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var id = (long)(await connection.Command(
                """
                INSERT INTO crawl_runs (source_id, started_at, finished_at, status, pages_fetched, pages_new, pages_changed,
                    pages_unchanged, pages_failed, programmes_new, programmes_changed, programmes_unchanged, programmes_removed, message)
                VALUES ($source, $start, $end, $status, $pf, $pn, $pc, $pu, $pfail, $gn, $gc, $gu, $gr, $message) RETURNING id
                """,
                transaction)
            .With("$source", run.SourceId).With("$start", run.StartedAt.ToStorage()).With("$end", run.FinishedAt.ToStorage())
            .With("$status", run.Status).With("$pf", run.PagesFetched).With("$pn", run.PagesNew).With("$pc", run.PagesChanged)
            .With("$pu", run.PagesUnchanged).With("$pfail", run.PagesFailed).With("$gn", run.ProgrammesNew)
            .With("$gc", run.ProgrammesChanged).With("$gu", run.ProgrammesUnchanged).With("$gr", run.ProgrammesRemoved)
            .With("$message", run.Message)
            .ExecuteScalarAsync(cancellationToken))!;
        foreach (var failure in run.Failures)
        {
            await connection.Command("INSERT INTO crawl_failures (run_id, url, kind, reason) VALUES ($run, $url, $kind, $reason)", transaction)
                .With("$run", id).With("$url", failure.Url).With("$kind", failure.Kind).With("$reason", failure.Reason)
                .ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<CrawlRunRecord>> LatestAsync(string sourceId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var runs = new List<CrawlRunRecord>();
        await using (var reader = await connection.Command(
                """
                SELECT id, started_at, finished_at, status, pages_fetched, pages_new, pages_changed, pages_unchanged, pages_failed,
                    programmes_new, programmes_changed, programmes_unchanged, programmes_removed, message
                FROM crawl_runs WHERE source_id = $source ORDER BY id DESC LIMIT $limit
                """)
            .With("$source", sourceId).With("$limit", limit).ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                runs.Add(new CrawlRunRecord
                {
                    Id = reader.GetInt64(0), SourceId = sourceId,
                    StartedAt = SqliteExtensions.FromStorage(reader.GetString(1)), FinishedAt = SqliteExtensions.FromStorage(reader.GetString(2)),
                    Status = reader.GetString(3), PagesFetched = reader.GetInt32(4), PagesNew = reader.GetInt32(5),
                    PagesChanged = reader.GetInt32(6), PagesUnchanged = reader.GetInt32(7), PagesFailed = reader.GetInt32(8),
                    ProgrammesNew = reader.GetInt32(9), ProgrammesChanged = reader.GetInt32(10),
                    ProgrammesUnchanged = reader.GetInt32(11), ProgrammesRemoved = reader.GetInt32(12), Message = reader.GetNullableString(13),
                });
            }
        }

        return [.. runs.Select(r => r with { Failures = FailuresOf(connection, r.Id) })];
    }

    private static List<CrawlFailureRecord> FailuresOf(SqliteConnection connection, long runId)
    {
        using var reader = connection.Command("SELECT url, kind, reason FROM crawl_failures WHERE run_id = $run ORDER BY rowid")
            .With("$run", runId).ExecuteReader();
        var failures = new List<CrawlFailureRecord>();
        while (reader.Read())
        {
            failures.Add(new CrawlFailureRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return failures;
    }
}
