using IntegrationFunding.Storage.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Storage.Sqlite;

/// <summary>
/// Opens connections to the product's SQLite file (WAL mode, so readers keep a consistent snapshot while a
/// writer commits) and brings the schema up to date on first use.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> Initialized = new();
    private static readonly object Marker = new();
    private readonly string _connectionString;
    private readonly SemaphoreSlim _migrationLock = new(1, 1);
    private volatile bool _migrated;

    static SqliteDatabase() => SQLitePCL.Batteries_V2.Init();

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabasePath = Path.GetFullPath(options.Value.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    public string DatabasePath { get; }

    public void Dispose() => _migrationLock.Dispose();

    /// <summary>Opens a connection; the first call creates the file and applies pending migrations.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }

        return await OpenRawAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // The settings belong to the physical connection, which the pool reuses: apply them once per native handle.
        if (!Initialized.TryGetValue(connection.Handle!, out _))
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            Initialized.AddOrUpdate(connection.Handle!, Marker);
        }

        return connection;
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrationLock.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = await OpenRawAsync(cancellationToken);
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            await SchemaMigrator.ApplyAsync(connection, cancellationToken);
            _migrated = true;
        }
        finally
        {
            _migrationLock.Release();
        }
    }
}
