using IntegrationFunding.TestKit;

namespace IntegrationFunding.Cli.Tests.Commands;

public sealed class ApiKeyCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private Dictionary<string, string?> Settings => new() { ["Storage:DatabasePath"] = _directory.File("cli.db") };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Create_WithName_PrintsOnlyTheKeyOnTheLastLine()
    {
        var (code, output, _) = await RunAsync("apikey", "create", "--name", "Lotsenstelle Hannover");

        Assert.Equal(ExitCodes.Success, code);
        var last = output.TrimEnd().Split('\n')[^1].Trim();
        Assert.Matches("^ifk_[a-z2-7]+_[a-z2-7]{52}$", last);
    }

    [Fact]
    public async Task List_AfterCreate_ShowsIdAndNameButNeverTheKey()
    {
        var (_, created, _) = await RunAsync("apikey", "create", "--name", "Lotsenstelle Kiel");
        var key = created.TrimEnd().Split('\n')[^1].Trim();

        var (code, output, _) = await RunAsync("apikey", "list");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Lotsenstelle Kiel", output, StringComparison.Ordinal);
        Assert.Contains(key.Split('_')[1], output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_KnownId_MarksKeyRevokedAndSecondRevokeFails()
    {
        var (_, created, _) = await RunAsync("apikey", "create", "--name", "Lotsenstelle Erfurt");
        var id = created.TrimEnd().Split('\n')[^1].Trim().Split('_')[1];

        var (code, _, _) = await RunAsync("apikey", "revoke", id);
        var (_, list, _) = await RunAsync("apikey", "list");
        var (again, _, error) = await RunAsync("apikey", "revoke", id);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(list.Split('\n'), l => l.StartsWith(id, StringComparison.Ordinal) && !l.TrimEnd().EndsWith("\t-", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Failure, again);
        Assert.Contains("Kein aktiver API-Schlüssel", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutName_ExitsWithBadUsage()
    {
        var (code, _, error) = await RunAsync("apikey", "create");

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("--name", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error, Settings);
        return (code, output.ToString(), error.ToString());
    }
}
