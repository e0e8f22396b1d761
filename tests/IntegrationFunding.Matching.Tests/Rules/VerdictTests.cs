using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Programmes.Conditions;
using IntegrationFunding.Matching.Rules;

namespace IntegrationFunding.Matching.Tests.Rules;

/// <summary>The ranking pass (no sentences) must agree with the explained pass on every edge case, conditions included.</summary>
public sealed class VerdictTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly string?[] WeakNotes = [null, "Gilt nicht für finanzschwache Kommunen in Haushaltssicherung: 5 %."];

    public static TheoryData<bool?, decimal?, bool, int?, string?> Profiles() => new()
    {
        { false, 10m, false, 9000, "03254021" }, { true, 10m, false, null, null }, { null, null, true, 20000, "09376163" },
        { false, 0m, true, null, "09376163" }, { null, 10m, false, 60000, null },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Of_EdgeCaseGrid_RankingPassAgreesWithExplanation(bool? consolidation, decimal? budget, bool includePartnerRoles, int? population, string? ags)
    {
        var checkedCount = 0;
        foreach (var kind in new[] { "gemeinde", "grosse-kreisstadt", "landkreis" })
        {
            var profile = new MunicipalityProfile
            {
                Id = "p", Name = "Kommune", State = "DE-NI", Kind = kind, Population = population, Ags = ags,
                MaxOwnSharePercent = budget, BudgetConsolidation = consolidation, HorizonMonths = 6,
            };
            foreach (var programme in Grid())
            {
                var status = ProgrammeTimeline.Status(programme, Today);
                var next = ProgrammeTimeline.NextDeadline(programme, Today);
                var weak = OwnShareRule.MentionsWeakBudget(programme.OwnShareNote);
                var fast = Verdict.Of(profile, programme, Today, status, next, weak, includePartnerRoles);
                var log = new VerdictLog();
                var explained = Verdict.Of(profile, programme, Today, status, next, weak, includePartnerRoles, log);

                Assert.True(fast == explained, $"{kind}/{programme.Id}: ranking {fast}, explained {explained}");
                Assert.Equal(TimeRule.Judge(profile, programme, Today, status, next).Eligibility, fast.InTime);
                Assert.All(log.MayApply.Concat(log.CanAfford).Concat(log.InTime), o => Assert.False(string.IsNullOrWhiteSpace(o.Reason)));
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 5000, $"only {checkedCount} cases");
    }

    private static IEnumerable<Programme> Grid()
    {
        string[][] states = [[], ["DE-NI"], ["DE-BY"]];
        string[][] applicants = [[], ["gemeinde"], ["stadt"], ["verein", "stiftung"], ["landkreis", "kreisfreie-stadt"], ["landkreis", "wohlfahrtsverband"]];
        bool?[] municipalities = [null, true, false];
        decimal?[] ownShares = [null, 0m, 10m, 20m];
        ProgrammeConditions[] conditions =
        [
            ProgrammeConditions.None,
            new() { Population = [new PopulationCondition { Kinds = ["gemeinde"], Min = 10000 }] },
            new() { Population = [new PopulationCondition { Max = 50000, OrFact = ConditionFacts.BudgetConsolidation }] },
            new() { Area = new AreaCondition { Units = [new AreaUnit("09376", "Landkreis Schwandorf")] } },
            new() { OwnShareReductions = [new OwnShareReduction { Fact = ConditionFacts.BudgetConsolidation, OwnShareMinPercent = 5 }] },
        ];
        var times = TimeVariants().ToList();
        var n = 0;
        foreach (var s in states)
        foreach (var a in applicants)
        foreach (var m in municipalities)
        foreach (var o in ownShares)
        foreach (var c in conditions)
        foreach (var note in WeakNotes)
        foreach (var time in times)
        {
            yield return time with
            {
                Id = $"g{n++}", States = s, Applicants = a, MunicipalitiesEligible = m, OwnShareMinPercent = o, OwnShareNote = note,
                FundingRateMaxPercent = o is null ? 80m : null, Conditions = c,
            };
        }
    }

    private static IEnumerable<Programme> TimeVariants()
    {
        var basis = new Programme { Id = "t", Name = "T", Funder = "F", Level = "land", Url = "https://example.org/" };
        yield return basis with { DeadlineType = DeadlineTypes.Fixed, Deadlines = [Today.AddDays(10)] };
        yield return basis with { DeadlineType = DeadlineTypes.Fixed, Deadlines = [Today.AddDays(-3)] };
        yield return basis with { DeadlineType = DeadlineTypes.Fixed, Deadlines = [Today.AddMonths(7)] };
        yield return basis with { DeadlineType = DeadlineTypes.Periodic };
        yield return basis with { DeadlineType = DeadlineTypes.Rolling, Lifecycle = ProgrammeLifecycle.Active };
        yield return basis with { DeadlineType = DeadlineTypes.Closed };
        yield return basis with { DeadlineType = DeadlineTypes.Unknown, ProgrammeStart = Today.AddMonths(2) };
    }
}
