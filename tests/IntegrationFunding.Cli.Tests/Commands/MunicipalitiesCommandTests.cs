using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage;
using IntegrationFunding.Storage.Municipalities;
using IntegrationFunding.Storage.Sqlite;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Cli.Tests.Commands;

/// <summary><c>municipalities import &lt;file&gt;</c> through the real CLI binary against a real SQLite file.</summary>
public sealed class MunicipalitiesCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    public MunicipalitiesCommandTests() =>
        _environment = new() { ["Storage__DatabasePath"] = _directory.File("cli.db") };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Import_ShippedZip_ExitsZeroWithTheEditionsCountsAndCredit()
    {
        var result = await CliProcess.RunAsync(_environment, "municipalities", "import", RegisterFiles.ShippedZip);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Gebietsstand 31.08.2025", result.Output, StringComparison.Ordinal);
        Assert.Contains("16 Länder, 400 Kreise, 4.590 Gemeindeverbände, 10.751 Gemeinden", result.Output, StringComparison.Ordinal);
        Assert.Contains("© Statistisches Bundesamt (Destatis), 2025", result.Output, StringComparison.Ordinal);
        var index = await LoadAsync();
        Assert.Equal(1_505_005, index.Find("09162000")!.Population);
    }

    [Fact]
    public async Task Import_MalformedFile_ExitsOneNamingLineAndReasonAndChangesNothing()
    {
        var valid = RegisterFiles.Write(_directory.File("GV100AD_SH.txt"), RegisterFiles.OfLand("01"));
        Assert.Equal(0, (await CliProcess.RunAsync(_environment, "municipalities", "import", valid)).ExitCode);
        var lines = RegisterFiles.OfficialLines.ToList();
        lines[4] = lines[4][..150];
        var broken = RegisterFiles.Write(_directory.File("GV100AD_broken.txt"), lines);

        var result = await CliProcess.RunAsync(_environment, "municipalities", "import", broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Import abgebrochen, nichts wurde geändert: Zeile 5: 150 Zeichen statt 220", result.Error, StringComparison.Ordinal);
        var index = await LoadAsync();
        Assert.Equal(1, index.CountOf(RegisterLevels.Land));
        Assert.Null(index.Find("09162000"));
        Assert.NotNull(index.Find("01001000"));
    }

    [Fact]
    public async Task Import_MissingFile_ExitsOneInGerman()
    {
        var result = await CliProcess.RunAsync(_environment, "municipalities", "import", _directory.File("gibt-es-nicht.zip"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("gibt es nicht", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutFile_ExitsTwo()
    {
        var result = await CliProcess.RunAsync(_environment, "municipalities", "import");

        Assert.Equal(2, result.ExitCode);
    }

    private async Task<MunicipalityIndex> LoadAsync()
    {
        using var database = new SqliteDatabase(Options.Create(new StorageOptions { DatabasePath = _environment["Storage__DatabasePath"] }));
        return await new MunicipalityStore(database, TimeProvider.System).LoadAsync();
    }
}
