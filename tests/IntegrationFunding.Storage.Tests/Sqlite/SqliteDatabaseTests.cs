using IntegrationFunding.Storage.Sqlite;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public async Task Open_EveryConnection_HasForeignKeysBusyTimeoutAndWal()
    {
        using var db = new TestDatabase();

        for (var i = 0; i < 3; i++)
        {
            await using var connection = await db.Database.OpenAsync();
            Assert.Equal(1L, await connection.Command("PRAGMA foreign_keys").ExecuteScalarAsync());
            Assert.Equal(10000L, await connection.Command("PRAGMA busy_timeout").ExecuteScalarAsync());
            Assert.Equal("wal", await connection.Command("PRAGMA journal_mode").ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Open_UsesBundledSqlite_AtLeast_3_49()
    {
        using var db = new TestDatabase();
        await using var connection = await db.Database.OpenAsync();

        var reported = (string)(await connection.Command("select sqlite_version()").ExecuteScalarAsync())!;

        // SQLitePCLRaw.lib.e_sqlite3 2.1.11 bundles 3.49.1, 2.1.13 bundles 3.53.3; the old 2.0.6 pin gave 3.35.5 (2021).
        Assert.True(Version.Parse(reported) >= new Version(3, 49), $"sqlite_version() = {reported}");
        Assert.Equal(reported, connection.ServerVersion);
    }
}
