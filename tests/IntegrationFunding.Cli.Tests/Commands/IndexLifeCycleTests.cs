using IntegrationFunding.TestKit;

namespace IntegrationFunding.Cli.Tests.Commands;

/// <summary>
/// The search index's life cycle across real processes: the host owns the index folder, CLI processes write SQLite
/// only, the host applies their changes; kill -9 and a corrupt index on restart.
/// </summary>
public sealed class IndexLifeCycleTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    public IndexLifeCycleTests() =>
        _environment = new() { ["Storage__DatabasePath"] = _directory.File("host.db") };

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task TwoCliProcessesWriteWhileTheHostServes_HostShowsBothChangesAndKeepsAWholeIndexAcrossKills()
    {
        var host = await HostProcess.StartAsync(_environment);
        try
        {
            var baseline = await host.TotalAsync("Integration");
            Assert.True(baseline > 50);
            using var stop = new CancellationTokenSource();
            var reads = 0;
            var readers = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    Assert.True(await host.TotalAsync("Integration") >= baseline, "a reader saw fewer programmes than before");
                    reads++;
                }
            });

            var imports = await Task.WhenAll(
                CliProcess.RunAsync(_environment, "import", Catalogue("a", "Quastenflosserprogramm")),
                CliProcess.RunAsync(_environment, "import", Catalogue("b", "Zauberwürfelprogramm")));
            Assert.All(imports, r => Assert.Equal(0, r.ExitCode));
            await HostProcess.EventuallyAsync(async () => await host.TotalAsync("Quastenflosserprogramm") == 1 && await host.TotalAsync("Zauberwürfelprogramm") == 1, "both imports searchable");

            var reindex = await CliProcess.RunAsync(_environment, "reindex");
            Assert.Equal(0, reindex.ExitCode);
            Assert.Contains("laufende Host", reindex.Output, StringComparison.Ordinal);
            await HostProcess.EventuallyAsync(() => Task.FromResult(host.Log.Contains("full rebuild", StringComparison.Ordinal)), "the host's rebuild");

            await stop.CancelAsync();
            await readers;
            Assert.True(reads > 0);
            await host.KillAsync();
        }
        finally
        {
            await host.DisposeAsync();
        }

        var restarted = await HostProcess.StartAsync(_environment);
        try
        {
            Assert.Contains("opened the index on disk", restarted.Log, StringComparison.Ordinal);
            Assert.Equal(1, await restarted.TotalAsync("Quastenflosserprogramm"));
            await restarted.KillAsync();
        }
        finally
        {
            await restarted.DisposeAsync();
        }

        CorruptCurrentBuild();
        var repaired = await HostProcess.StartAsync(_environment);
        try
        {
            Assert.Contains("unreadable index", repaired.Log, StringComparison.Ordinal);
            Assert.Equal(1, await repaired.TotalAsync("Zauberwürfelprogramm"));
            Assert.True(await repaired.TotalAsync("Integration") > 50);
        }
        finally
        {
            await repaired.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reindex_WithoutAHost_BuildsTheIndexFolderBesideTheDatabase()
    {
        var result = await CliProcess.RunAsync(_environment, "import", Catalogue("c", "Sprachcafé"));
        Assert.Equal(0, result.ExitCode);

        var reindex = await CliProcess.RunAsync(_environment, "reindex");

        Assert.Equal(0, reindex.ExitCode);
        Assert.Contains(_directory.File("host.index"), reindex.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory.File("host.index"), "current")));
    }

    private void CorruptCurrentBuild()
    {
        var root = _directory.File("host.index");
        var build = Path.Combine(root, File.ReadAllText(Path.Combine(root, "current")).Trim());
        foreach (var file in Directory.GetFiles(build, "segments*"))
        {
            File.WriteAllBytes(file, [9, 9, 9, 9]);
        }
    }

    private string Catalogue(string suffix, string name) =>
        CatalogueFile.Write(_directory.File($"catalogue-{suffix}.yaml"), $"land-he-lifecycle-{suffix}", name, "[sprache]", $"https://example.org/{suffix}");
}
