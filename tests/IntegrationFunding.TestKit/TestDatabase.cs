using IntegrationFunding.Storage;
using IntegrationFunding.Storage.Catalogue;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationFunding.TestKit;

/// <summary>A real SQLite file in a temp folder with the storage services wired to it and a fake clock (<see cref="TestClock"/>).</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempDirectory _directory = new();

    public TestDatabase(FakeTimeProvider? time = null)
    {
        Time = time ?? TestClock.Create();
        Path = _directory.File("test.db");
        Database = new SqliteDatabase(Options.Create(new StorageOptions { DatabasePath = Path }));
        Store = new ProgrammeStore(Database);
        Writer = new ProgrammeWriter(Database, Time);
        Changes = new ChangeLog(Database);
        Importer = new CatalogueImporter(Writer, Store);
    }

    public string Path { get; }

    public string Directory => _directory.Path;

    public FakeTimeProvider Time { get; }

    public SqliteDatabase Database { get; }

    public ProgrammeStore Store { get; }

    public ProgrammeWriter Writer { get; }

    public ChangeLog Changes { get; }

    public CatalogueImporter Importer { get; }

    public void Dispose()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
