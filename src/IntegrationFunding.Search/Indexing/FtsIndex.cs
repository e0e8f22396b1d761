using System.Globalization;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// The SQLite FTS5 table holding analysed programme text, keyed by the programme's storage rowid. It is
/// contentless: the text lives in the programme table, the index only answers MATCH with BM25. Rebuilds run in
/// one transaction, so readers (WAL snapshots) see either the old or the new index, never a half-built one.
/// </summary>
public sealed class FtsIndex(SqliteDatabase database, IndexDocumentBuilder documents, IOptions<SearchOptions> options)
{
    private const string CreateSql = """
        DROP TABLE IF EXISTS programme_fts;
        CREATE VIRTUAL TABLE IF NOT EXISTS programme_index USING fts5(
            name, summary, body, tags, content = '', tokenize = 'unicode61 remove_diacritics 0', detail = full);
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
    internal async Task RebuildAsync(IReadOnlyList<KeyedProgramme> programmes, long generation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await EnsureCreatedAsync(connection, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.Command("INSERT INTO programme_index (programme_index) VALUES ('delete-all')", transaction).ExecuteNonQueryAsync(cancellationToken);
        using var insert = connection.Command("INSERT INTO programme_index (rowid, name, summary, body, tags) VALUES ($key, $name, $summary, $body, $tags)", transaction);
        var key = insert.Parameters.Add("$key", SqliteType.Integer);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var summary = insert.Parameters.Add("$summary", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var tags = insert.Parameters.Add("$tags", SqliteType.Text);
        foreach (var entry in programmes)
        {
            var document = documents.Build(entry.Programme);
            key.Value = entry.Key;
            name.Value = document.Name;
            summary.Value = document.Summary;
            body.Value = document.Body;
            tags.Value = document.Tags;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await connection.Command("UPDATE meta SET value = $g WHERE key = 'index_generation'", transaction)
            .With("$g", generation.ToString(CultureInfo.InvariantCulture)).ExecuteNonQueryAsync(cancellationToken);
        await connection.Command("INSERT INTO programme_index (programme_index) VALUES ('optimize')", transaction).ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Runs an FTS5 MATCH expression (built only from quoted analysed terms); BM25 scores per key, higher is better.</summary>
    internal async Task<FtsMatches> MatchAsync(string matchExpression, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var sql = string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT rowid, bm25(programme_index, {o.NameWeight}, {o.SummaryWeight}, {o.BodyWeight}, {o.TagsWeight}) FROM programme_index WHERE programme_index MATCH $q");
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command(sql).With("$q", matchExpression).ExecuteReaderAsync(cancellationToken);
        var keys = new List<long>();
        var scores = new List<double>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetInt64(0));
            scores.Add(-reader.GetDouble(1));
        }

        return new FtsMatches([.. keys], [.. scores]);
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

/// <summary>The programmes a MATCH found: storage keys and their BM25 scores (higher is better), in parallel arrays.</summary>
internal sealed record FtsMatches(long[] Keys, double[] Scores)
{
    public int Count => Keys.Length;
}
