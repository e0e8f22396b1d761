using IntegrationFunding.TestKit;

namespace IntegrationFunding.Cli.Tests.Commands;

/// <summary>Usage errors of the real CLI binary are German, exit with 2 and point to --help.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    public UsageErrorTests() => _environment = new() { ["Storage__DatabasePath"] = _directory.File("usage.db") };

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(new string[0], "Der erforderliche Befehl wurde nicht bereitgestellt.")]
    [InlineData(new[] { "crawl", "--gibtsnicht" }, "'--gibtsnicht' nicht erkannt")]
    [InlineData(new[] { "reports", "done" }, "Ein erforderliches Argument 'id' fehlt")]
    [InlineData(new[] { "reports", "done", "abc" }, "Der Wert 'abc' ist für den Befehl 'done' ungültig: erwartet wird eine ganze Zahl.")]
    public async Task UsageError_IsGerman_AndExitsTwo(string[] args, string expected)
    {
        var result = await CliProcess.RunAsync(_environment, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot parse", result.Error, StringComparison.Ordinal);
        Assert.Contains("Hilfe: --help", result.Error, StringComparison.Ordinal);
    }
}
