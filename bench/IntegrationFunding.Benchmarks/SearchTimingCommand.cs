using System.Diagnostics;
using IntegrationFunding.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

/// <summary>
/// Times the in-process search (Lucene text match + filters + facets + paging), the matching relevance map, a full
/// rebuild and a single-programme change (written to SQLite, then applied to the index) for the query mix the load
/// test uses.
/// </summary>
internal static class SearchTimingCommand
{
    public static readonly string[] Queries =
    [
        "Sprachkurs", "Geflüchtete", "Integration Kommune", "Migrantenorganisationen", "Kita", "Ehrenamt Engagement",
        "Quartier", "Arbeitsmarkt Flüchtlinge", "Demokratie", "Koordinierungsstelle",
    ];

    public static async Task<int> RunAsync(string path)
    {
        await using var services = BenchServices.Build(path);
        var search = services.GetRequiredService<ProgrammeSearch>();
        var today = DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays(20_778));
        await search.SearchAsync(new ProgrammeQuery { Text = "Warmup", Today = today });

        var cold = new List<double>();
        foreach (var q in Queries)
        {
            var watch = Stopwatch.StartNew();
            await search.SearchAsync(new ProgrammeQuery { Text = q, Today = today });
            cold.Add(watch.Elapsed.TotalMilliseconds);
        }

        cold.Sort();
        var raw = await TimeAsync(q => search.RelevanceAsync(q));
        var full = await TimeAsync(q => search.SearchAsync(new ProgrammeQuery { Text = q, Today = today }));
        var filtered = await TimeAsync(q => search.SearchAsync(new ProgrammeQuery { Text = q, States = ["DE-NW"], MaxOwnShare = 20, Today = today }));
        var onePerPage = await TimeAsync(q => search.SearchAsync(new ProgrammeQuery { Text = q, PageSize = 1, Today = today }));
        var noText = await TimeAsync(q => search.SearchAsync(new ProgrammeQuery { Topics = ["sprache"], Today = today }));
        Print("search, page size 1 (no highlighting cost)", onePerPage);
        Print("filter-only search (topic), no text", noText);
        Console.WriteLine($"programmes: {(await search.AllAsync()).Count}");
        Print("cold search: first run of each query (Lucene BM25, then filters, facets, page)", cold);
        Print("relevance map for matching (warm)", raw);
        Print("warm search (text match cached; filters + facets + page + highlights)", full);
        Print("search with state + maxOwnShare filters", filtered);
        return 0;
    }

    private static async Task<List<double>> TimeAsync(Func<string, Task> run)
    {
        var times = new List<double>();
        for (var round = 0; round < 30; round++)
        {
            foreach (var q in Queries)
            {
                var watch = Stopwatch.StartNew();
                await run(q);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times;
    }

    private static void Print(string label, List<double> sorted) =>
        Console.WriteLine($"{label}: n={sorted.Count} p50={sorted[sorted.Count / 2]:F2} ms p99={sorted[(int)(sorted.Count * 0.99)]:F2} ms max={sorted[^1]:F2} ms");
}
