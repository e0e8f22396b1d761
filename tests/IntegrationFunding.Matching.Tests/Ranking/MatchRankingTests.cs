using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Tests.Evaluation;
using IntegrationFunding.Matching.Tests.Infrastructure;

namespace IntegrationFunding.Matching.Tests.Ranking;

/// <summary>Ranking first and explaining one page must give exactly the slice of the fully explained list.</summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class MatchRankingTests(StarterCatalogueSearch catalogue)
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public async Task Explain_AnyPageOfEvaluationProfiles_EqualsSliceOfFullMatch()
    {
        var pagesChecked = 0;
        foreach (var profile in EvaluationSet.Profiles())
        {
            var relevance = await catalogue.GoalRelevanceAsync(profile);
            foreach (var (ineligible, partners) in new[] { (false, false), (false, true), (true, false), (true, true) })
            {
                var request = new MatchRequest
                {
                    Profile = profile, Programmes = catalogue.Programmes, Today = Today, GoalRelevance = relevance,
                    IncludeIneligible = ineligible, IncludePartnerRoles = partners,
                };
                var full = ProfileMatcher.Match(request);
                var ranking = ProfileMatcher.Rank(request);
                Assert.Equal(full.Count, ranking.Count);
                foreach (var (skip, take) in new[] { (0, 1), (0, 5), (2, 3), (5, 20), (Math.Max(0, full.Count - 2), 10), (full.Count, 5) })
                {
                    AssertSame(full.Skip(skip).Take(take).ToList(), ranking.Explain(skip, take));
                    Assert.Equal(full.Skip(skip).Take(take).Select(m => m.Programme.Id), ranking.Programmes(skip, take).Select(p => p.Id));
                    pagesChecked++;
                }
            }
        }

        Assert.True(pagesChecked >= 240, $"only {pagesChecked} pages");
    }

    [Fact]
    public void Rank_SameProgrammeArrayOnLaterDay_JudgesDeadlinesForThatDay()
    {
        var profile = new MunicipalityProfile { Id = "p", Name = "G", State = "DE-NI", Kind = "gemeinde", Goals = [new ProfileGoal("sprache", 1, null)] };
        Programme[] programmes =
        [
            new() { Id = "a", Name = "A", Funder = "F", Level = "land", Url = "https://example.org/a", Topics = ["sprache"], Applicants = ["gemeinde"],
                OwnShareMinPercent = 0, DeadlineType = DeadlineTypes.Fixed, Deadlines = [Today.AddDays(1)] },
        ];

        var before = ProfileMatcher.Rank(new MatchRequest { Profile = profile, Programmes = programmes, Today = Today });
        var after = ProfileMatcher.Rank(new MatchRequest { Profile = profile, Programmes = programmes, Today = Today.AddDays(2) });

        Assert.Equal(1, before.Count);
        Assert.Contains("Frist in 1 Tagen.", Assert.Single(before.Explain(0, 10)).Warnings);
        Assert.Equal(0, after.Count);
    }

    [Fact]
    public void Explain_NegativeSkip_Throws()
    {
        var profile = new MunicipalityProfile { Id = "p", Name = "G", State = "DE-NI", Kind = "gemeinde" };
        var ranking = ProfileMatcher.Rank(new MatchRequest { Profile = profile, Programmes = [], Today = Today });

        Assert.Throws<ArgumentOutOfRangeException>(() => ranking.Explain(-1, 5));
    }

    private static void AssertSame(List<ProgrammeMatch> expected, IReadOnlyList<ProgrammeMatch> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal(e.Programme.Id, a.Programme.Id);
            Assert.Equal(e.Score, a.Score);
            Assert.Equal(e.Eligibility, a.Eligibility);
            Assert.Equal(e.Role, a.Role);
            Assert.Equal(e.Reasons, a.Reasons);
            Assert.Equal(e.Warnings, a.Warnings);
            Assert.Equal(e.MatchedGoals, a.MatchedGoals);
            Assert.Equal(e.NextDeadline, a.NextDeadline);
        }
    }
}
