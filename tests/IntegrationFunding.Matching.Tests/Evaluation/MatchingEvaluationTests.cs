using System.Globalization;
using System.Text;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IntegrationFunding.Matching.Tests.Evaluation;

/// <summary>
/// The evaluation harness: every profile of profiles.json matched against the starter catalogue on 2026-11-21,
/// scored with nDCG@10 against judgments.tsv, and checked for hard-rule violations.
/// </summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class MatchingEvaluationTests(StarterCatalogueSearch catalogue, ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public async Task Match_EvaluationProfiles_ReachNdcgTargetWithoutHardRuleViolations()
    {
        var judgments = EvaluationSet.Judgments();
        var profiles = EvaluationSet.Profiles();
        var table = new StringBuilder("profile                                       nDCG@10  listed  eligible  unknown  violations\n");
        var scores = new List<double>();
        var violations = new List<string>();
        foreach (var profile in profiles)
        {
            var matches = ProfileMatcher.Match(new MatchRequest
            {
                Profile = profile,
                Programmes = catalogue.Programmes,
                Today = Today,
                GoalRelevance = await catalogue.GoalRelevanceAsync(profile),
            });
            var ndcg = EvaluationSet.Ndcg(matches.Select(m => m.Programme.Id).ToList(), judgments[profile.Id], 10);
            var found = matches.SelectMany(m => Violations(profile, m)).ToList();
            scores.Add(ndcg);
            violations.AddRange(found);
            table.AppendLine(CultureInfo.InvariantCulture, $"{profile.Id,-45} {ndcg,7:0.000}  {matches.Count,6}  {matches.Count(m => m.Eligibility == Eligibility.Eligible),8}  {matches.Count(m => m.Eligibility == Eligibility.Unknown),7}  {found.Count,10}");
            output.WriteLine($"{profile.Id}: " + string.Join(", ", matches.Take(10).Select(m => $"{m.Programme.Id}[{judgments[profile.Id].GetValueOrDefault(m.Programme.Id)}|{m.Eligibility[0]}|{m.Score:0.000}]")));
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"{"average",-45} {scores.Average(),7:0.000}  hard-rule violations: {violations.Count}");
        output.WriteLine(table.ToString());
        foreach (var violation in violations)
        {
            output.WriteLine(violation);
        }

        Assert.True(profiles.Count >= 10, "at least 10 evaluation profiles");
        Assert.Empty(violations);
        Assert.True(scores.Average() >= 0.85, $"average nDCG@10 {scores.Average():0.000} < 0.85");
    }

    /// <summary>Independent re-statement of the hard rules: what must never be listed as a recommendation.</summary>
    private static IEnumerable<string> Violations(MunicipalityProfile profile, ProgrammeMatch match)
    {
        var p = match.Programme;
        var prefix = $"{profile.Id} → {p.Id}";
        if (p.States.Count > 0 && !p.States.Contains(profile.State))
        {
            yield return $"{prefix}: other Land";
        }

        if (match.Role == MatchRoles.Applicant && p.MunicipalitiesEligible != true && p.Applicants.Count > 0 && !p.Applicants.Contains(profile.Kind))
        {
            yield return $"{prefix}: {profile.Kind} may not apply";
        }

        if (match.Eligibility == Eligibility.Eligible && p.OwnShareMinPercent > profile.MaxOwnSharePercent)
        {
            yield return $"{prefix}: own share {p.OwnShareMinPercent} % above {profile.MaxOwnSharePercent} %";
        }

        if (ProgrammeTimeline.Status(p, Today) == ProgrammeStatus.Closed)
        {
            yield return $"{prefix}: closed or deadline passed";
        }
    }
}
