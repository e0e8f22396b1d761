using System.Text.Json;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Matching;
using IntegrationFunding.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

/// <summary>
/// Writes every match (order, score, eligibility, role, reasons, warnings, matched goals) of the bench profiles, for
/// each combination of includeIneligible and includePartnerRoles, as JSON lines: diff two builds' output to prove
/// that a speed change kept the results identical.
/// </summary>
internal static class MatchDumpCommand
{
    public static async Task<int> RunAsync(string path, string output)
    {
        await using var services = BenchServices.Build(path);
        var search = services.GetRequiredService<ProgrammeSearch>();
        var programmes = await search.AllAsync();
        await using var writer = new StreamWriter(output);
        foreach (var profile in MatchingTimingCommand.Profiles)
        {
            var relevance = await MatchingTimingCommand.RelevanceAsync(search, profile);
            foreach (var (ineligible, partners) in new[] { (false, false), (false, true), (true, false), (true, true) })
            {
                var matches = ProfileMatcher.Match(new MatchRequest
                {
                    Profile = profile, Programmes = programmes, Today = MatchingTimingCommand.Today, GoalRelevance = relevance,
                    IncludeIneligible = ineligible, IncludePartnerRoles = partners,
                });
                foreach (var m in matches)
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(new
                    {
                        profile = profile.Id, ineligible, partners, m.Programme.Id, m.Score, m.Eligibility, m.Role, m.Reasons, m.Warnings,
                        goals = m.MatchedGoals.Select(g => g.Topic), m.NextDeadline,
                    }));
                }
            }
        }

        return 0;
    }
}
