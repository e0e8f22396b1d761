using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Rules;

namespace IntegrationFunding.Matching.Tests.Rules;

/// <summary>The ranking's sentence-free verdict must agree with the rules' explained judgements on every edge case.</summary>
public sealed class VerdictTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly string?[] WeakNotes = [null, "Gilt nicht für finanzschwache Kommunen in Haushaltssicherung: 5 %."];

    public static TheoryData<bool, decimal?, bool> Profiles() => new()
    {
        { false, 10m, false }, { true, 10m, false }, { true, null, true }, { false, 0m, true },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Of_EdgeCaseGrid_AgreesWithRuleJudgements(bool consolidation, decimal? budget, bool includePartnerRoles)
    {
        var profile = new MunicipalityProfile
        {
            Id = "p", Name = "Gemeinde", State = "DE-NI", Kind = "gemeinde",
            MaxOwnSharePercent = budget, BudgetConsolidation = consolidation, HorizonMonths = 6,
        };
        var checkedCount = 0;
        foreach (var programme in Grid())
        {
            var status = ProgrammeTimeline.Status(programme, Today);
            var next = ProgrammeTimeline.NextDeadline(programme, Today);
            var (eligibility, role) = Verdict.Of(profile, programme, Today, status, next, OwnShareRule.MentionsWeakBudget(programme.OwnShareNote), includePartnerRoles);

            var (applicant, partnerPossible) = ApplicantRule.Judge(profile, programme);
            var expectedRole = partnerPossible && includePartnerRoles ? MatchRoles.Partner : MatchRoles.Applicant;
            var expected = new[]
            {
                RegionRule.Judge(profile, programme).Eligibility,
                expectedRole == MatchRoles.Partner ? Eligibility.Eligible : applicant.Eligibility,
                expectedRole == MatchRoles.Partner ? Eligibility.Eligible : OwnShareRule.Judge(profile, programme).Eligibility,
                TimeRule.Judge(profile, programme, Today, status, next).Eligibility,
            }.Aggregate(Eligibility.Eligible, Eligibility.Combine);

            Assert.True(expected == eligibility && expectedRole == role, $"{programme.Id}: verdict {eligibility}/{role}, rules {expected}/{expectedRole}");
            checkedCount++;
        }

        Assert.True(checkedCount > 1000, $"only {checkedCount} cases");
    }

    private static IEnumerable<Programme> Grid()
    {
        string[][] states = [[], ["DE-NI"], ["DE-BY"], ["DE-BY", "DE-NI"]];
        string[][] applicants = [[], ["gemeinde"], ["verein", "stiftung"], ["landkreis"], ["landkreis", "wohlfahrtsverband"]];
        bool?[] municipalities = [null, true, false];
        decimal?[] ownShares = [null, 0m, 5m, 10m, 20m];
        var times = TimeVariants().ToList();
        var n = 0;
        foreach (var s in states)
        foreach (var a in applicants)
        foreach (var m in municipalities)
        foreach (var o in ownShares)
        foreach (var note in WeakNotes)
        foreach (var time in times)
        {
            yield return time with
            {
                Id = $"g{n++}", States = s, Applicants = a, MunicipalitiesEligible = m, OwnShareMinPercent = o, OwnShareNote = note,
                FundingRateMaxPercent = o is null ? 80m : null,
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
        yield return basis with { DeadlineType = DeadlineTypes.Rolling };
        yield return basis with { DeadlineType = DeadlineTypes.Closed };
        yield return basis with { DeadlineType = DeadlineTypes.Unknown, ProgrammeStart = Today.AddMonths(2) };
        yield return basis with { DeadlineType = DeadlineTypes.Rolling, Lifecycle = ProgrammeLifecycle.Ended };
    }
}
