using System.Diagnostics;
using System.Globalization;
using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage.Municipalities;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

/// <summary>
/// Times municipality register lookups as the API and the "Ihre Kommune" autocomplete make them: the shipped edition
/// (imported into the database when empty), through <see cref="MunicipalityRegister"/> (generation probe + in-memory
/// index), on a mix of names with and without umlauts, partial names as typed, PLZ, key prefixes and key lookups.
/// </summary>
internal static class RegisterTimingCommand
{
    private static readonly string[] Texts =
    [
        "München", "Muenchen", "Köln", "Koeln", "Flensburg", "Fl", "Fle", "Flens", "Bad", "Bad Sod", "Neustadt", "Landkreis Celle",
        "Amt", "Sankt", "St. Ingbert", "Frankfurt", "Halle (Saale)", "Görlitz", "Chóśebuz", "24937", "50667", "8", "80", "091", "09184", "033515404",
    ];

    private static readonly string[] Keys = ["01001000", "09162000", "11000000", "05315000", "09184", "033515404", "01", "09999999"];

    public static async Task<int> RunAsync(string path, int rounds)
    {
        await using var services = BenchServices.Build(path);
        var imported = await services.GetRequiredService<MunicipalityImporter>().ImportDefaultIfEmptyAsync();
        var register = services.GetRequiredService<MunicipalityRegister>();
        var load = Stopwatch.StartNew();
        var index = await register.GetAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"register: {index.Count} records ({(imported is null ? "already in the database" : "imported now")}); first load {load.Elapsed.TotalMilliseconds:F0} ms"));
        string[] levels = [RegisterLevels.Gemeinde, RegisterLevels.Gemeindeverband, RegisterLevels.Kreis];
        await TimeAsync("search, all levels, page of 20", rounds, Texts, async t => (await register.GetAsync()).Search(new RegisterQuery(t, [], 1, 20)).Total);
        await TimeAsync("autocomplete (profile levels, 8)", rounds, Texts, async t => (await register.GetAsync()).Search(new RegisterQuery(t, levels, 1, 8)).Total);
        await TimeAsync("lookup by key", rounds, Keys, async k => (await register.GetAsync()).Find(k) is null ? 0 : 1);
        return 0;
    }

    private static async Task TimeAsync(string label, int rounds, string[] inputs, Func<string, Task<int>> run)
    {
        foreach (var input in inputs)
        {
            await run(input);
        }

        var times = new List<double>(rounds * inputs.Length);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var input in inputs)
            {
                var watch = Stopwatch.StartNew();
                await run(input);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: n={times.Count} p50={times[times.Count / 2]:F3} ms p99={times[(int)(times.Count * 0.99)]:F3} ms max={times[^1]:F3} ms"));
    }
}
