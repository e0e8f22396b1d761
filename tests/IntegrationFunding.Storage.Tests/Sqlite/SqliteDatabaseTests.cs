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
}
