using System.Diagnostics;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Matching;
using IntegrationFunding.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

/// <summary>
/// Times matching one profile against the whole corpus: the pure matcher alone, and the full path the API takes
/// (one FTS5 relevance query per goal text, then the matcher).
/// </summary>
internal static class MatchingTimingCommand
{
    internal static readonly DateOnly Today = new(2026, 11, 21);

    internal static readonly MunicipalityProfile[] Profiles =
    [
        Profile("DE-NI", "gemeinde", 10, true, ("sprache", 1, "Sprachkurse für geflüchtete Mütter mit Kinderbetreuung"), ("teilhabe-engagement", 2, "Ehrenamtliche Integrationslotsen")),
        Profile("DE-NW", "kreisfreie-stadt", 0, true, ("integrationsmanagement-koordination", 1, "Kommunales Integrationsmanagement mit Case Management"), ("wohnen-quartier", 2, "Quartiersarbeit in belasteten Stadtteilen")),
        Profile("DE-SN", "landkreis", 10, false, ("sprache", 1, "Deutschkurse und Sprachmittlung"), ("integrationsmanagement-koordination", 2, "Netzwerk koordinieren"), ("arbeit-ausbildung", 3, "Arbeitsmarktintegration")),
        Profile("DE-RP", "stadt", 25, false, ("demokratie-antidiskriminierung", 1, "Demokratie stärken und Rassismus vorbeugen"), ("kinder-jugend-familie", 2, "Angebote für Jugendliche")),
    ];

    public static async Task<int> RunAsync(string path)
    {
        await using var services = BenchServices.Build(path);
        var search = services.GetRequiredService<ProgrammeSearch>();
        var programmes = await search.AllAsync();
        var today = Today;
        var relevance = new Dictionary<MunicipalityProfile, IReadOnlyList<IReadOnlyDictionary<string, double>>>();
        foreach (var profile in Profiles)
        {
            relevance[profile] = await RelevanceAsync(search, profile);
        }

        var pure = await TimeAsync(p => Task.FromResult(ProfileMatcher.Match(new MatchRequest { Profile = p, Programmes = programmes, Today = today, GoalRelevance = relevance[p] })));
        var full = await TimeAsync(async p => ProfileMatcher.Match(new MatchRequest { Profile = p, Programmes = programmes, Today = today, GoalRelevance = await RelevanceAsync(search, p) }));
        var all = await TimeAsync(p => Task.FromResult(ProfileMatcher.Match(new MatchRequest { Profile = p, Programmes = programmes, Today = today, GoalRelevance = relevance[p], IncludeIneligible = true, IncludePartnerRoles = true })));
        Console.WriteLine($"programmes: {programmes.Count}; matches for the first profile: {ProfileMatcher.Match(new MatchRequest { Profile = Profiles[0], Programmes = programmes, Today = today, GoalRelevance = relevance[Profiles[0]] }).Count}");
        Print("matcher alone (rules, scores, explanations, sort)", pure);
        Print("matcher with includeIneligible + includePartnerRoles", all);
        Print("full: FTS5 relevance per goal + matcher", full);
        return 0;
    }

    internal static async Task<IReadOnlyList<IReadOnlyDictionary<string, double>>> RelevanceAsync(ProgrammeSearch search, MunicipalityProfile profile)
    {
        var result = new List<IReadOnlyDictionary<string, double>>();
        foreach (var goal in profile.Goals)
        {
            result.Add(GoalQuery.TextOf(goal) is { } text ? await search.RelevanceAsync(text) : new Dictionary<string, double>());
        }

        return result;
    }

    private static async Task<List<double>> TimeAsync(Func<MunicipalityProfile, Task<IReadOnlyList<ProgrammeMatch>>> run)
    {
        foreach (var profile in Profiles)
        {
            await run(profile);
        }

        var times = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var collections = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var round = 0; round < 50; round++)
        {
            foreach (var profile in Profiles)
            {
                var watch = Stopwatch.StartNew();
                await run(profile);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
        var kilobytesPerCall = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / times.Count;
        Console.WriteLine($"  (CPU time per call, all threads: {cpuPerCall:F2} ms; allocated per call (all threads): {kilobytesPerCall:F0} KB; gen0 collections: {GC.CollectionCount(0) - collections})");
        times.Sort();
        return times;
    }

    private static MunicipalityProfile Profile(string state, string kind, decimal maxOwnShare, bool consolidation, params (string Topic, int Priority, string Text)[] goals) => new()
    {
        Id = $"bench-{state}-{kind}",
        Name = $"Bench {kind} {state}",
        State = state,
        Kind = kind,
        MaxOwnSharePercent = maxOwnShare,
        BudgetConsolidation = consolidation,
        Goals = goals.Select(g => new ProfileGoal(g.Topic, g.Priority, g.Text)).ToList(),
        TargetGroups = ["gefluechtete", "menschen-mit-migrationsgeschichte"],
    };

    private static void Print(string label, List<double> sorted) =>
        Console.WriteLine($"{label}: n={sorted.Count} p50={sorted[sorted.Count / 2]:F2} ms p99={sorted[(int)(sorted.Count * 0.99)]:F2} ms max={sorted[^1]:F2} ms");
}
