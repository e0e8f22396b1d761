using System.Globalization;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// The SQLite FTS5 table holding analysed programme text. Rebuilds run in one transaction, so readers (WAL
/// snapshots) see either the old or the new index, never an empty or half-built one.
/// </summary>
public sealed class FtsIndex(SqliteDatabase database, IndexDocumentBuilder documents, IOptions<SearchOptions> options)
{
    private const string CreateSql = """
        CREATE VIRTUAL TABLE IF NOT EXISTS programme_fts USING fts5(
            id UNINDEXED, name, summary, body, tags,
            tokenize = 'unicode61 remove_diacritics 0', detail = full);
        INSERT OR IGNORE INTO meta (key, value) VALUES ('index_generation', '-1');
        """;

    private volatile bool _created;

    internal async Task<long> GetIndexedGenerationAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(connection, cancellationToken);
        var value = await connection.Command("SELECT value FROM meta WHERE key = 'index_generation'").ExecuteScalarAsync(cancellationToken);
        return long.Parse((string)value!, CultureInfo.InvariantCulture);
    }

    /// <summary>Replaces the whole index with the given programmes and records the generation they came from.</summary>
    internal async Task RebuildAsync(IReadOnlyList<Programme> programmes, long generation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await EnsureCreatedAsync(connection, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.Command("DELETE FROM programme_fts", transaction).ExecuteNonQueryAsync(cancellationToken);
        using var insert = connection.Command("INSERT INTO programme_fts (id, name, summary, body, tags) VALUES ($id, $name, $summary, $body, $tags)", transaction);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var summary = insert.Parameters.Add("$summary", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var tags = insert.Parameters.Add("$tags", SqliteType.Text);
        foreach (var programme in programmes)
        {
            var document = documents.Build(programme);
            id.Value = programme.Id;
            name.Value = document.Name;
            summary.Value = document.Summary;
            body.Value = document.Body;
            tags.Value = document.Tags;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await connection.Command("UPDATE meta SET value = $g WHERE key = 'index_generation'", transaction)
            .With("$g", generation.ToString(CultureInfo.InvariantCulture)).ExecuteNonQueryAsync(cancellationToken);
        await connection.Command("INSERT INTO programme_fts (programme_fts) VALUES ('optimize')", transaction).ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Runs an FTS5 MATCH expression (built only from quoted analysed terms) and returns BM25 scores by id (higher is better).</summary>
    internal async Task<Dictionary<string, double>> MatchAsync(string matchExpression, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var sql = string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT id, bm25(programme_fts, 0, {o.NameWeight}, {o.SummaryWeight}, {o.BodyWeight}, {o.TagsWeight}) FROM programme_fts WHERE programme_fts MATCH $q");
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command(sql).With("$q", matchExpression).ExecuteReaderAsync(cancellationToken);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            scores[reader.GetString(0)] = -reader.GetDouble(1);
        }

        return scores;
    }

    private async Task EnsureCreatedAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await connection.Command(CreateSql).ExecuteNonQueryAsync(cancellationToken);
        _created = true;
    }
}
