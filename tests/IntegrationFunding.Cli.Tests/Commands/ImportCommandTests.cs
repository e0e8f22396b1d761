using IntegrationFunding.TestKit;

namespace IntegrationFunding.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    public ImportCommandTests() =>
        _environment = new() { ["Storage__DatabasePath"] = _directory.File("cli.db") };

    public void Dispose() => _directory.Dispose();

    private string WriteCatalogue(string name, string topics) =>
        CatalogueFile.Write(_directory.File(name), "land-he-cli-test", "CLI-Testprogramm Sprachcafé", topics, "https://example.org/cli");

    [Fact]
    public async Task Import_ValidFile_ExitsZeroAndReportsCounts()
    {
        var file = WriteCatalogue("ok.yaml", "[sprache]");

        var first = await CliProcess.RunAsync(_environment, "import", file);
        var second = await CliProcess.RunAsync(_environment, "import", file);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 neu", first.Output, StringComparison.Ordinal);
        Assert.Contains("1 unverändert", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_InvalidEntry_ExitsOneWithOneLineNamingFieldAndChangesNothing()
    {
        var good = WriteCatalogue("good.yaml", "[sprache]");
        await CliProcess.RunAsync(_environment, "import", good);
        var bad = WriteCatalogue("bad.yaml", "[sprache, kochen]");

        var result = await CliProcess.RunAsync(_environment, "import", bad);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("bad.yaml", line, StringComparison.Ordinal);
        Assert.Contains("topics", line, StringComparison.Ordinal);
        Assert.Contains("kochen", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsOne()
    {
        var result = await CliProcess.RunAsync(_environment, "import", _directory.File("nope.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nicht gefunden", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("zaubern")]
    [InlineData("reindex", "--gibtsnicht")]
    public async Task BadUsage_ExitsTwo(params string[] args)
    {
        var result = await CliProcess.RunAsync(_environment, args);

        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public async Task Reindex_OnStarterDatabase_ExitsZero()
    {
        var file = WriteCatalogue("ok.yaml", "[sprache]");
        await CliProcess.RunAsync(_environment, "import", file);

        var result = await CliProcess.RunAsync(_environment, "reindex");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 Programme", result.LastOutputLine, StringComparison.Ordinal);
    }
}
