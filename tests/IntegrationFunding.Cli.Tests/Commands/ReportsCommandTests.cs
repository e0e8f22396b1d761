using IntegrationFunding.Storage;
using IntegrationFunding.Storage.Reports;
using IntegrationFunding.Storage.Sqlite;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Cli.Tests.Commands;

public sealed class ReportsCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    public ReportsCommandTests() => _environment = new() { ["Storage__DatabasePath"] = _directory.File("reports.db") };

    public void Dispose() => _directory.Dispose();

    private async Task<long> AddReportAsync(string message, string? email)
    {
        using var database = new SqliteDatabase(Options.Create(new StorageOptions { DatabasePath = _environment["Storage__DatabasePath"] }));
        var id = await new ReportStore(database, TestClock.Create()).AddAsync(new DataReport("land-nw-kim", "deadlines", message, email));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return id;
    }

    [Fact]
    public async Task List_ShowsOpenReports_AndDoneRemovesOneFromTheList()
    {
        var first = await AddReportAsync("Frist ist der 31.03., nicht der 30.03.", "amt@gemeinde.de");
        await AddReportAsync("Link führt ins Leere", null);

        var before = await CliProcess.RunAsync(_environment, "reports", "list");
        var done = await CliProcess.RunAsync(_environment, "reports", "done", first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var after = await CliProcess.RunAsync(_environment, "reports", "list");

        Assert.Equal(0, before.ExitCode);
        Assert.Contains("Frist ist der 31.03.", before.Output, StringComparison.Ordinal);
        Assert.Contains("amt@gemeinde.de", before.Output, StringComparison.Ordinal);
        Assert.Equal("2 offene Meldung(en).", before.LastOutputLine);
        Assert.Equal(0, done.ExitCode);
        Assert.DoesNotContain("Frist ist der 31.03.", after.Output, StringComparison.Ordinal);
        Assert.Equal("1 offene Meldung(en).", after.LastOutputLine);
    }

    [Fact]
    public async Task Done_UnknownReport_ExitsOne_AndBadNumberExitsTwo()
    {
        var unknown = await CliProcess.RunAsync(_environment, "reports", "done", "999");
        var bad = await CliProcess.RunAsync(_environment, "reports", "done", "abc");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("999", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
    }
}
