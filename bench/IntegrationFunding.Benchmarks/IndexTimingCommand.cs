using System.Diagnostics;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

/// <summary>
/// Index life-cycle timings on the on-disk index: open at start, full rebuild into a new build folder, and one
/// programme changed in SQLite until a search finds it (apply document by document, then refresh).
/// </summary>
internal static class IndexTimingCommand
{
    public static async Task<int> RunAsync(string path)
    {
        await using var services = BenchServices.Build(path);
        var index = services.GetRequiredService<SearchIndex>();
        if (!await index.BecomeOwner(refreshedInBackground: false))
        {
            Console.Error.WriteLine("index folder is owned by another process (a running host?)");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        await index.RefreshAsync();
        Console.WriteLine($"open at start: {watch.Elapsed.TotalMilliseconds:F0} ms ({index.OpenedHow}), {index.Count} programmes");
        var rebuilds = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            await index.RebuildAsync();
            rebuilds.Add(watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"full rebuild: {string.Join(", ", rebuilds.Select(r => r.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} s");
        var store = services.GetRequiredService<ProgrammeStore>();
        var writer = services.GetRequiredService<ProgrammeWriter>();
        var search = services.GetRequiredService<ProgrammeSearch>();
        var programme = (await store.GetAllAsync())[^1];
        var today = DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays(20_778));
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var word = $"Benchwort{i}x{Environment.TickCount64 % 100000}";
            watch.Restart();
            await writer.ApplyAsync([programme with { Summary = programme.Summary + " " + word }], "bench:change");
            await index.RefreshAsync();
            var found = await search.SearchAsync(new ProgrammeQuery { Text = word, Today = today });
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (found.Total != 1)
            {
                Console.Error.WriteLine($"change not found: {word}");
                return 1;
            }
        }

        Console.WriteLine($"one programme changed in SQLite → found by search (in process): {string.Join(", ", times.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
        return 0;
    }
}
