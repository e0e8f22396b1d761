using IntegrationFunding.Storage.Sqlite;

namespace IntegrationFunding.Storage.Crawls;

/// <summary>Reads and writes the per-URL page cache of a source.</summary>
public sealed class CrawlPageCache(SqliteDatabase database)
{
    public async Task<IReadOnlyDictionary<string, CachedPage>> GetAllAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command(
                """
                SELECT url, role, etag, last_modified, content_hash, config_hash, payload, fetched_at
                FROM crawl_pages WHERE source_id = $source
                """)
            .With("$source", sourceId).ExecuteReaderAsync(cancellationToken);
        var pages = new Dictionary<string, CachedPage>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var page = new CachedPage(
                sourceId, reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetNullableString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), SqliteExtensions.FromStorage(reader.GetString(7)));
            pages[page.Url] = page;
        }

        return pages;
    }

    /// <summary>Upserts the pages in one transaction (called only after the crawl's programmes were applied).</summary>
    public async Task SaveAsync(IReadOnlyCollection<CachedPage> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var page in pages)
        {
            await connection.Command(
                    """
                    INSERT INTO crawl_pages (source_id, url, role, etag, last_modified, content_hash, config_hash, payload, fetched_at)
                    VALUES ($source, $url, $role, $etag, $lm, $hash, $config, $payload, $at)
                    ON CONFLICT (source_id, url) DO UPDATE SET role = excluded.role, etag = excluded.etag,
                        last_modified = excluded.last_modified, content_hash = excluded.content_hash,
                        config_hash = excluded.config_hash, payload = excluded.payload, fetched_at = excluded.fetched_at
                    """,
                    transaction)
                .With("$source", page.SourceId).With("$url", page.Url).With("$role", page.Role).With("$etag", page.ETag)
                .With("$lm", page.LastModified).With("$hash", page.ContentHash).With("$config", page.ConfigHash)
                .With("$payload", page.Payload).With("$at", page.FetchedAt.ToStorage())
                .ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
