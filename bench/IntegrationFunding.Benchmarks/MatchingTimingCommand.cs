using System.Diagnostics;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Matching;
using IntegrationFunding.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

/// <summary>
/// Times matching one profile against the whole corpus: the pure matcher for one API page (rank everything, explain
/// 20), every match explained (web UI, digest), and the full path the API takes
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

        MatchRequest Request(MunicipalityProfile p, IReadOnlyList<IReadOnlyDictionary<string, double>> goalRelevance, bool all = false) => new()
        {
            Profile = p, Programmes = programmes, Today = today, GoalRelevance = goalRelevance, IncludeIneligible = all, IncludePartnerRoles = all,
        };

        Console.WriteLine($"programmes: {programmes.Count}; matches for the first profile: {ProfileMatcher.Rank(Request(Profiles[0], relevance[Profiles[0]])).Count}");
        await TimeAsync("matcher, API page (rank all, explain top 20)", p => Task.FromResult(ProfileMatcher.Rank(Request(p, relevance[p])).Explain(0, PageSize).Count));
        await TimeAsync("matcher, API page, includeIneligible + includePartnerRoles", p => Task.FromResult(ProfileMatcher.Rank(Request(p, relevance[p], all: true)).Explain(0, PageSize).Count));
        await TimeAsync("matcher, last API page with all flags", p => Task.FromResult(LastPage(ProfileMatcher.Rank(Request(p, relevance[p], all: true)))));
        await TimeAsync("full API path: FTS5 relevance per goal + rank + page", async p => ProfileMatcher.Rank(Request(p, await RelevanceAsync(search, p))).Explain(0, PageSize).Count);
        await TimeAsync("full API path with all flags", async p => ProfileMatcher.Rank(Request(p, await RelevanceAsync(search, p), all: true)).Explain(0, PageSize).Count);
        await TimeAsync("Match: every match explained (web UI, digest)", p => Task.FromResult(ProfileMatcher.Match(Request(p, relevance[p])).Count));
        await TimeAsync("Match: every match explained, all flags", p => Task.FromResult(ProfileMatcher.Match(Request(p, relevance[p], all: true)).Count));
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

    private const int PageSize = 20;

    private static int LastPage(MatchRanking ranking) => ranking.Explain(Math.Max(0, ranking.Count - PageSize), PageSize).Count;

    private static async Task TimeAsync(string label, Func<MunicipalityProfile, Task<int>> run)
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
        times.Sort();
        Console.WriteLine(
            $"{label}: n={times.Count} p50={times[times.Count / 2]:F2} ms p99={times[(int)(times.Count * 0.99)]:F2} ms max={times[^1]:F2} ms; " +
            $"CPU {cpuPerCall:F2} ms/call; {kilobytesPerCall:F0} KB/call; gen0 {GC.CollectionCount(0) - collections}");
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
}
