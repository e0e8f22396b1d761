using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Tests.Rules;

public sealed class ProfileMatcherTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly MunicipalityProfile Profile = new()
    {
        Id = "p",
        Name = "Gemeinde Neuhof",
        State = "DE-NI",
        Kind = "gemeinde",
        MaxOwnSharePercent = 10,
        Goals = [new ProfileGoal("sprache", 1, "Sprachkurse für Mütter"), new ProfileGoal("kultur-sport-freizeit", 3, null)],
        TargetGroups = ["frauen"],
    };

    private static Programme Programme(string id) => new()
    {
        Id = id,
        Name = "Programm " + id,
        Funder = "Land",
        Level = "land",
        Url = "https://example.org/" + id,
        Topics = ["sprache"],
        Applicants = ["gemeinde"],
        OwnShareMinPercent = 10,
        DeadlineType = DeadlineTypes.Fixed,
        Deadlines = [Today.AddDays(60)],
    };

    private static IReadOnlyList<ProgrammeMatch> Match(MunicipalityProfile profile, bool ineligible = false, bool partners = false, params Programme[] programmes) =>
        ProfileMatcher.Match(new MatchRequest { Profile = profile, Programmes = programmes, Today = Today, IncludeIneligible = ineligible, IncludePartnerRoles = partners });

    [Fact]
    public void Match_AllFactsFit_IsEligibleWithGoalReason()
    {
        var match = Assert.Single(Match(Profile, false, false, Programme("a")));

        Assert.Equal(Eligibility.Eligible, match.Eligibility);
        Assert.Equal(MatchRoles.Applicant, match.Role);
        Assert.Contains("Passt zu Ihrem Ziel 'Sprachkurse für Mütter' (Priorität 1).", match.Reasons);
        Assert.Equal("sprache", Assert.Single(match.MatchedGoals).Topic);
    }

    [Fact]
    public void Match_OtherLand_IsLeftOutOrListedIneligibleWithReason()
    {
        var programme = Programme("a") with { States = ["DE-BY"] };

        Assert.Empty(Match(Profile, false, false, programme));
        var listed = Assert.Single(Match(Profile, true, false, programme));
        Assert.Equal(Eligibility.Ineligible, listed.Eligibility);
        Assert.Contains(listed.Warnings, r => r.StartsWith("Nur für Bayern", StringComparison.Ordinal));
        Assert.DoesNotContain(listed.Reasons, r => r.StartsWith("Nur für Bayern", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_OwnShareAboveBudget_IsIneligible_ButUnknownWithHintUnderHaushaltssicherung()
    {
        var programme = Programme("a") with { OwnShareMinPercent = 20, OwnShareNote = "Finanzschwache Kommunen erhalten bis zu 90 % Förderung." };

        Assert.Empty(Match(Profile with { BudgetConsolidation = false }, false, false, programme));
        var unanswered = Assert.Single(Match(Profile, false, false, programme));
        Assert.Equal(Eligibility.Unknown, unanswered.Eligibility);
        Assert.Equal(Matching.Conditions.ProfileFacts.BudgetConsolidation, unanswered.MissingFacts);
        var consolidating = Assert.Single(Match(Profile with { BudgetConsolidation = true }, false, false, programme));
        Assert.Equal(Eligibility.Unknown, consolidating.Eligibility);
        Assert.Contains(consolidating.Warnings, w => w.StartsWith("Hinweis für Kommunen in Haushaltssicherung", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_OwnShareMissing_IsUnknownWithWarning()
    {
        var match = Assert.Single(Match(Profile, false, false, Programme("a") with { OwnShareMinPercent = null, FundingRateMaxPercent = 80 }));

        Assert.Equal(Eligibility.Unknown, match.Eligibility);
        Assert.Contains(match.Warnings, w => w.StartsWith("Eigenanteil unbekannt: in der Quelle nicht genannt.", StringComparison.Ordinal) && w.Contains("20 %", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_DeadlineSoonOrPassedOrBeyondHorizon_WarnsOrExcludes()
    {
        var soon = Programme("soon") with { Deadlines = [Today.AddDays(12)] };
        var passed = Programme("passed") with { Deadlines = [Today.AddDays(-1)] };
        var far = Programme("far") with { Deadlines = [Today.AddMonths(13)] };

        var match = Assert.Single(Match(Profile, false, false, soon, passed, far));

        Assert.Equal("soon", match.Programme.Id);
        Assert.Contains("Frist in 12 Tagen.", match.Warnings);
    }

    [Fact]
    public void Match_OnlyAssociationsMayApply_ListedAsPartnerOnlyWhenAsked()
    {
        var programme = Programme("a") with { Applicants = ["verein", "migrantenorganisation"] };

        Assert.Empty(Match(Profile, false, false, programme));
        var partner = Assert.Single(Match(Profile, false, true, programme));
        Assert.Equal(MatchRoles.Partner, partner.Role);
        Assert.Contains(partner.Warnings, w => w.StartsWith("Antrag nur durch freie Träger (Verein, Migrantenorganisation)", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_KindNotAmongApplicants_IsIneligibleEvenWithPartnerRoles()
    {
        var programme = Programme("a") with { Applicants = ["landkreis"] };

        Assert.Empty(Match(Profile, false, true, programme));
    }

    [Fact]
    public void Match_HigherPriorityGoalAndUnknownFacts_RankAsExpected()
    {
        var first = Programme("first");
        var third = Programme("third") with { Topics = ["kultur-sport-freizeit"] };
        var unknown = Programme("unknown") with { OwnShareMinPercent = null };

        var ranked = Match(Profile, false, false, third, unknown, first).Select(m => m.Programme.Id).ToList();

        Assert.Equal(["first", "unknown", "third"], ranked);
    }

    [Fact]
    public void Match_ProgrammeFittingNoGoal_IsLeftOut()
    {
        Assert.Empty(Match(Profile, true, true, Programme("a") with { Topics = ["gesundheit"] }));
    }
}
