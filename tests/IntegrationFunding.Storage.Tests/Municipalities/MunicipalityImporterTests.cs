using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage.Municipalities;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Storage.Tests.Municipalities;

/// <summary>Importing the register into a real SQLite file: default edition once, all or nothing, reloaded after a new import.</summary>
public sealed class MunicipalityImporterTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly MunicipalityStore _store;
    private readonly MunicipalityImporter _importer;

    public MunicipalityImporterTests()
    {
        _store = new MunicipalityStore(_db.Database, _db.Time);
        _importer = new MunicipalityImporter(_store);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ImportDefaultIfEmpty_EmptyDatabase_StoresTheShippedEditionOnce()
    {
        var first = await _importer.ImportDefaultIfEmptyAsync();
        var second = await _importer.ImportDefaultIfEmptyAsync();
        var index = await _store.LoadAsync();

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(10_751, index.CountOf(RegisterLevels.Gemeinde));
        Assert.Equal(4_590, index.CountOf(RegisterLevels.Gemeindeverband));
        Assert.Equal(3_685_265, index.Find("11000000")!.Population);
        Assert.Equal("© Statistisches Bundesamt (Destatis), 2025 – Gemeindeverzeichnis GV100AD, Gebietsstand 31.08.2025", index.Edition!.Attribution);
    }

    [Fact]
    public async Task ImportFile_Malformed_ChangesNothing()
    {
        await _importer.ImportDefaultIfEmptyAsync();
        var lines = RegisterFiles.OfLand("01").ToList();
        lines[^1] = lines[^1][..100];
        var path = RegisterFiles.Write(_db.Directory + "/broken.txt", lines);

        await Assert.ThrowsAsync<RegisterFileException>(() => _importer.ImportFileAsync(path));

        var index = await _store.LoadAsync();
        Assert.Equal(10_751, index.CountOf(RegisterLevels.Gemeinde));
        Assert.Equal(1, await _store.GetGenerationAsync());
    }

    [Fact]
    public async Task Register_AfterImportOfANewEdition_ServesItWithinTheProbeInterval()
    {
        await _importer.ImportDefaultIfEmptyAsync();
        using var register = new MunicipalityRegister(_store, _db.Time);
        Assert.Equal(10_751, (await register.GetAsync()).CountOf(RegisterLevels.Gemeinde));

        var path = RegisterFiles.Write(_db.Directory + "/GV100AD_SH.txt", RegisterFiles.OfLand("01"));
        await _importer.ImportFileAsync(path);
        _db.Time.Advance(MunicipalityRegister.ProbeInterval);
        var index = await register.GetAsync();

        Assert.Equal(1, index.CountOf(RegisterLevels.Land));
        Assert.Null(index.Find("09162000"));
        Assert.NotNull(index.Find("01001000"));
    }
}
