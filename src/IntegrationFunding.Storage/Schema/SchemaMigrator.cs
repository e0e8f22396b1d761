using System.Reflection;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Schema;

/// <summary>
/// Applies the numbered SQL scripts embedded under <c>Schema/Migrations</c> in name order, each once and in
/// its own transaction, recording them in <c>schema_migrations</c>.
/// </summary>
internal static class SchemaMigrator
{
    private const string Prefix = "IntegrationFunding.Storage.Schema.Migrations.";

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.Command("CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            .ExecuteNonQueryAsync(cancellationToken);

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await connection.Command("SELECT id FROM schema_migrations").ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        var assembly = typeof(SchemaMigrator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var id = resource[Prefix.Length..];
            if (applied.Contains(id))
            {
                continue;
            }

            var sql = await ReadAsync(assembly, resource);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await connection.Command(sql, transaction).ExecuteNonQueryAsync(cancellationToken);
            await connection.Command("INSERT INTO schema_migrations (id, applied_at) VALUES ($id, datetime('now'))", transaction)
                .With("$id", id)
                .ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task<string> ReadAsync(Assembly assembly, string resource)
    {
        await using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration {resource} is missing.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
