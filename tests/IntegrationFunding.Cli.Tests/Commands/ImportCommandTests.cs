using IntegrationFunding.TestKit;

namespace IntegrationFunding.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    public ImportCommandTests() =>
        _environment = new() { ["Storage__DatabasePath"] = _directory.File("cli.db") };

    public void Dispose() => _directory.Dispose();

    private string WriteCatalogue(string name, string topics)
    {
        var path = _directory.File(name);
        File.WriteAllText(path, $"""
            - id: land-he-cli-test
              name: CLI-Testprogramm Sprachcafé
              funder: Land Hessen
              level: land
              states: [DE-HE]
              url: https://example.org/cli
              topics: {topics}
              target_groups: []
              applicants: [verein]
              funding_type: zuschuss
              funding_rate_max_percent: null
              own_share_min_percent: null
              own_share_note: null
              amount_min_eur: null
              amount_max_eur: null
              programme_start: null
              programme_end: null
              project_duration_max_months: null
              deadline_type: rolling
              deadlines: []
              legal_basis: null
              summary_de: Test.
              source_urls: [https://example.org/cli]
              facts_as_of: null
              status: active
            """);
        return path;
    }

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
