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

        var original = scores.Take(12).Average();
        var added = scores.Skip(12).Take(6).Average();
        var heldOut = scores.Skip(18).Average();
        output.WriteLine($"nDCG@10 p01–p12 {original:0.000}, p13–p18 {added:0.000}, held out p19–p20 {heldOut:0.000}");
        Assert.True(profiles.Count >= 20, "at least 20 evaluation profiles");
        Assert.Empty(violations);
        Assert.True(original >= 0.85, $"average nDCG@10 of p01–p12 {original:0.000} < 0.85");
        Assert.True(added >= 0.6, $"average nDCG@10 of p13–p18 {added:0.000} < 0.6");
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

        if (match.Role == MatchRoles.Applicant && MayNotApply(profile, p))
        {
            yield return $"{prefix}: {profile.Kind} may not apply";
        }

        var ownShare = p.Conditions.OwnShareReductions
            .Where(r => (r.Fact == "haushaltssicherung" && profile.BudgetConsolidation == true) || (r.Fact == "strukturschwach" && profile.StructurallyWeak == true))
            .Select(r => (decimal?)r.OwnShareMinPercent)
            .Append(p.OwnShareMinPercent)
            .Min();
        if (match.Eligibility == Eligibility.Eligible && ownShare > profile.MaxOwnSharePercent)
        {
            yield return $"{prefix}: own share {ownShare} % above {profile.MaxOwnSharePercent} %";
        }

        var kind = profile.Kind == "grosse-kreisstadt" ? "stadt" : profile.Kind;
        foreach (var limit in p.Conditions.Population.Where(c => c.Kinds.Count == 0 || c.Kinds.Contains(kind)))
        {
            var outside = profile.Population < (limit.Min ?? 0) || profile.Population > (limit.Max ?? int.MaxValue);
            var alternativeFalse = limit.OrFact is null
                || (limit.OrFact == "haushaltssicherung" && profile.BudgetConsolidation == false)
                || (limit.OrFact == "strukturschwach" && profile.StructurallyWeak == false);
            if (outside && alternativeFalse)
            {
                yield return $"{prefix}: population {profile.Population} outside {limit.Min}–{limit.Max}";
            }
        }

        if (p.Conditions.Area is { } area && profile.Ags is { } ags && !area.Units.Any(u => ags.StartsWith(u.AgsPrefix, StringComparison.Ordinal)))
        {
            yield return $"{prefix}: AGS {ags} outside the programme's area";
        }

        if (ProgrammeTimeline.Status(p, Today) == ProgrammeStatus.Closed)
        {
            yield return $"{prefix}: closed or deadline passed";
        }
    }

    private static readonly string[] MunicipalApplicants = ["gemeinde", "stadt", "kreisfreie-stadt", "landkreis", "gemeindeverband", "kommunaler-verbund"];

    /// <summary>A list naming municipal kinds admits only those kinds (a Große Kreisstadt is a kreisangehörige Stadt).</summary>
    private static bool MayNotApply(MunicipalityProfile profile, Programme p)
    {
        var kind = profile.Kind == "grosse-kreisstadt" ? "stadt" : profile.Kind;
        if (p.Applicants.Any(MunicipalApplicants.Contains))
        {
            return !p.Applicants.Contains(kind);
        }

        return p.Applicants.Count > 0 && p.MunicipalitiesEligible != true;
    }
}
