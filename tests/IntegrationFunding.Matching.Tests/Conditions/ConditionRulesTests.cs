using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Programmes.Conditions;
using IntegrationFunding.Matching.Conditions;

namespace IntegrationFunding.Matching.Tests.Conditions;

/// <summary>Applicant kinds, population limits, areas, own-share reductions, the three verdicts and what to clarify.</summary>
public sealed class ConditionRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static MunicipalityProfile Town(string kind = "gemeinde", int? population = 9000, string? ags = "14627200", bool? consolidation = false) => new()
    {
        Id = "p", Name = "Kommune", State = "DE-SN", Kind = kind, Population = population, Ags = ags, MaxOwnSharePercent = 10,
        BudgetConsolidation = consolidation, Goals = [new ProfileGoal("sprache", 1, null)],
    };

    private static Programme Programme(string id = "a") => new()
    {
        Id = id, Name = "Programm " + id, Funder = "Land", Level = "land", Url = "https://example.org/" + id, States = ["DE-SN"],
        Topics = ["sprache"], Applicants = ["gemeinde", "stadt", "kreisfreie-stadt", "landkreis"], MunicipalitiesEligible = true,
        OwnShareMinPercent = 10, DeadlineType = DeadlineTypes.Fixed, Deadlines = [Today.AddDays(60)],
    };

    private static ProgrammeMatch? Judge(MunicipalityProfile profile, Programme programme, bool partners = false) =>
        ProfileMatcher.Match(new MatchRequest { Profile = profile, Programmes = [programme], Today = Today, IncludeIneligible = true, IncludePartnerRoles = partners })
            .SingleOrDefault();

    [Theory]
    [InlineData("gemeinde")]
    [InlineData("stadt")]
    [InlineData("grosse-kreisstadt")]
    [InlineData("gemeindeverband")]
    public void Applicant_LandkreisOrKreisfreieOnly_NeverEligibleForKreisangehoerige(string kind)
    {
        var saxon = Programme() with
        {
            Name = "Richtlinie Integrative Maßnahmen, Teil 2 – Unterstützung der Landkreise und Kreisfreien Städte",
            Applicants = ["landkreis", "kreisfreie-stadt", "verein", "wohlfahrtsverband"],
            MunicipalitiesEligible = true,
        };

        var match = Judge(Town(kind), saxon);

        Assert.Equal(Eligibility.Ineligible, match!.Eligibility);
        Assert.Equal(Eligibility.Ineligible, match.Verdicts.MayApply.Eligibility);
        Assert.Contains("Antragsberechtigt sind nur: Landkreis, Kreisfreie Stadt", match.Verdicts.MayApply.Sentence, StringComparison.Ordinal);
        Assert.Empty(ProfileMatcher.Match(new MatchRequest { Profile = Town(kind), Programmes = [saxon], Today = Today }));
        var partner = Judge(Town(kind), saxon, partners: true);
        Assert.Equal(MatchRoles.Partner, partner!.Role);
    }

    [Fact]
    public void Applicant_GrosseKreisstadt_AppliesAsKreisangehoerigeStadt()
    {
        var forTowns = Programme() with { Applicants = ["stadt"] };
        var forKreisfreie = Programme() with { Applicants = ["kreisfreie-stadt"] };

        var town = Judge(Town("grosse-kreisstadt"), forTowns)!;
        Assert.Equal(Eligibility.Eligible, town.Verdicts.MayApply.Eligibility);
        Assert.Contains(town.Reasons, r => r.Contains("Große Kreisstadt ist in Sachsen kreisangehörig", StringComparison.Ordinal));
        Assert.Equal(Eligibility.Ineligible, Judge(Town("grosse-kreisstadt"), forKreisfreie)!.Eligibility);
    }

    [Fact]
    public void Applicant_GemeindeverbandAndKommunalerVerbund_AreDistinct()
    {
        Assert.Equal(Eligibility.Ineligible, Judge(Town("gemeindeverband"), Programme() with { Applicants = ["kommunaler-verbund"] })!.Eligibility);
        Assert.Equal(Eligibility.Eligible, Judge(Town("gemeindeverband"), Programme() with { Applicants = ["gemeindeverband"] })!.Eligibility);
        Assert.Equal(Eligibility.Ineligible, Judge(Town("gemeindeverband"), Programme() with { Applicants = ["gemeinde", "stadt"] })!.Eligibility);
    }

    [Fact]
    public void Applicant_NoMunicipalKindNamed_MunicipalitiesEligibleStillDecides()
    {
        Assert.Equal(Eligibility.Eligible, Judge(Town(), Programme() with { Applicants = [], MunicipalitiesEligible = true })!.Eligibility);
        Assert.Equal(Eligibility.Unknown, Judge(Town(), Programme() with { Applicants = [], MunicipalitiesEligible = null })!.Verdicts.MayApply.Eligibility);
        Assert.Equal(Eligibility.Ineligible, Judge(Town(), Programme() with { Applicants = [], MunicipalitiesEligible = false })!.Eligibility);
    }

    [Theory]
    [InlineData("gemeinde", 9999, Eligibility.Ineligible)]
    [InlineData("gemeinde", 10000, Eligibility.Eligible)]
    [InlineData("gemeinde", 50000, Eligibility.Eligible)]
    [InlineData("gemeinde", 50001, Eligibility.Ineligible)]
    [InlineData("stadt", 3000, Eligibility.Ineligible)]
    [InlineData("stadt", 60000, Eligibility.Eligible)]
    [InlineData("landkreis", 500, Eligibility.Eligible)]
    [InlineData("gemeinde", null, Eligibility.Unknown)]
    public void Population_LimitsPerKind_AreInclusiveAndOnlyForTheirKinds(string kind, int? population, string expected)
    {
        var programme = Programme() with
        {
            Conditions = new ProgrammeConditions
            {
                Population =
                [
                    new PopulationCondition { Kinds = ["gemeinde"], Min = 10000, Max = 50000 },
                    new PopulationCondition { Kinds = ["stadt"], Min = 5000 },
                ],
            },
        };

        var match = Judge(Town(kind, population), programme)!;

        Assert.Equal(expected, match.Verdicts.MayApply.Eligibility);
        Assert.Equal(expected == Eligibility.Unknown ? ProfileFacts.Population : ProfileFacts.None, match.MissingFacts);
        var sentences = expected == Eligibility.Eligible ? match.Reasons : match.Warnings;
        Assert.Equal(kind != "landkreis", sentences.Any(s => s.StartsWith("Nur ", StringComparison.Ordinal) && s.Contains("Einwohnern", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(150000, null, Eligibility.Unknown)]
    [InlineData(150000, true, Eligibility.Eligible)]
    [InlineData(150000, false, Eligibility.Ineligible)]
    [InlineData(90000, false, Eligibility.Eligible)]
    [InlineData(null, true, Eligibility.Eligible)]
    public void Population_OrStructurallyWeak_IsThreeValued(int? population, bool? weak, string expected)
    {
        var programme = Programme() with
        {
            Conditions = new ProgrammeConditions { Population = [new PopulationCondition { Max = 100000, OrFact = ConditionFacts.StructurallyWeak }] },
        };

        var match = Judge(Town("stadt", population) with { StructurallyWeak = weak }, programme)!;

        Assert.Equal(expected, match.Verdicts.MayApply.Eligibility);
        if (expected == Eligibility.Unknown)
        {
            Assert.Equal(ProfileFacts.StructurallyWeak, match.MissingFacts);
            Assert.Contains("strukturschwach", match.Verdicts.MayApply.Sentence, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("09376163", Eligibility.Eligible)]
    [InlineData("09371111", Eligibility.Eligible)]
    [InlineData("09162000", Eligibility.Ineligible)]
    [InlineData(null, Eligibility.Unknown)]
    public void Area_NamedKreise_MatchByAgsPrefix(string? ags, string expected)
    {
        var programme = Programme() with
        {
            States = ["DE-BY"],
            Conditions = new ProgrammeConditions
            {
                Area = new AreaCondition { Units = [new AreaUnit("09376", "Landkreis Schwandorf"), new AreaUnit("09371", "Landkreis Amberg-Sulzbach")] },
            },
        };

        var match = Judge(Town(ags: ags) with { State = "DE-BY" }, programme)!;

        Assert.Equal(expected, match.Verdicts.MayApply.Eligibility);
        Assert.Equal(expected == Eligibility.Unknown ? ProfileFacts.Ags : ProfileFacts.None, match.MissingFacts);
    }

    [Theory]
    [InlineData(true, Eligibility.Eligible)]
    [InlineData(false, Eligibility.Ineligible)]
    [InlineData(null, Eligibility.Unknown)]
    public void OwnShare_ReductionUnderHaushaltssicherung_DecidesWhetherWeCanAfford(bool? consolidation, string expected)
    {
        var programme = Programme() with
        {
            OwnShareMinPercent = 20,
            Conditions = new ProgrammeConditions
            {
                OwnShareReductions = [new OwnShareReduction { Fact = ConditionFacts.BudgetConsolidation, OwnShareMinPercent = 10 }],
            },
        };

        var match = Judge(Town(consolidation: consolidation), programme)!;

        Assert.Equal(expected, match.Verdicts.CanAfford.Eligibility);
        Assert.Equal(Eligibility.Eligible, match.Verdicts.MayApply.Eligibility);
        Assert.Equal(Eligibility.Eligible, match.Verdicts.InTime.Eligibility);
        Assert.Equal(expected, match.Eligibility);
        var sentences = match.Reasons.Concat(match.Warnings).ToList();
        Assert.Contains(sentences, s => s.StartsWith("Ermäßigter Eigenanteil von 10 % für Kommunen in der Haushaltssicherung", StringComparison.Ordinal));
        Assert.Equal(consolidation is null ? ProfileFacts.BudgetConsolidation : ProfileFacts.None, match.MissingFacts);
    }

    [Fact]
    public void Verdicts_OnlyDeadlineUnknown_BadgeSaysFristUnbekannt_AndReasonsHoldNoGap()
    {
        var programme = Programme() with { DeadlineType = DeadlineTypes.Unknown, Deadlines = [] };

        var match = Judge(Town(), programme)!;

        Assert.Equal(Eligibility.Unknown, match.Eligibility);
        Assert.Equal(Eligibility.Eligible, match.Verdicts.MayApply.Eligibility);
        Assert.Equal(Eligibility.Eligible, match.Verdicts.CanAfford.Eligibility);
        Assert.Equal(Eligibility.Unknown, match.Verdicts.InTime.Eligibility);
        Assert.Equal("Frist unbekannt", match.Verdicts.Badge);
        Assert.DoesNotContain(match.Reasons, r => r.Contains("Frist", StringComparison.Ordinal));
        Assert.Contains(match.Warnings, w => w.StartsWith("Frist unbekannt", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdicts_OwnShareUnknown_BadgeSaysEigenanteilUnbekannt()
    {
        var match = Judge(Town(), Programme() with { OwnShareMinPercent = null })!;

        Assert.Equal("Eigenanteil unbekannt", match.Verdicts.Badge);
        Assert.DoesNotContain(match.Reasons, r => r.Contains("Eigenanteil", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(5000, true)]
    [InlineData(10000, true)]
    [InlineData(20000, false)]
    [InlineData(null, false)]
    public void ProjectSize_MinimumOfTenEurosPerInhabitantOrMore_IsFlagged(int? population, bool flagged)
    {
        var match = Judge(Town(population: population), Programme() with { AmountMinEur = 100000 })!;

        Assert.Equal(flagged, match.Warnings.Any(w => w.StartsWith("Großes Vorhaben für Ihre Kommune: Mindestförderung 100.000 €", StringComparison.Ordinal)));
    }

    [Fact]
    public void Clarifications_CountProgrammesEachMissingFactWouldDecide()
    {
        var reduced = new ProgrammeConditions { OwnShareReductions = [new OwnShareReduction { Fact = ConditionFacts.BudgetConsolidation, OwnShareMinPercent = 5 }] };
        var limited = new ProgrammeConditions { Population = [new PopulationCondition { Min = 10000 }] };
        Programme[] programmes =
        [
            Programme("a") with { OwnShareMinPercent = 20, Conditions = reduced },
            Programme("b") with { OwnShareMinPercent = 30, Conditions = reduced },
            Programme("c") with { Conditions = limited },
            Programme("d") with { OwnShareMinPercent = 5, Conditions = reduced },
            Programme("e") with { OwnShareMinPercent = 20, Conditions = reduced, States = ["DE-BY"] },
        ];
        var ranking = ProfileMatcher.Rank(new MatchRequest { Profile = Town(population: null, consolidation: null), Programmes = programmes, Today = Today });

        var clarifications = ranking.Clarifications();

        Assert.Equal(["Angabe zur Haushaltssicherung fehlt – entscheidet 2 Programme.", "Angabe zur Einwohnerzahl fehlt – entscheidet 1 Programm."], clarifications.Select(c => c.Sentence));
        Assert.Equal("budgetConsolidation", clarifications[0].Field);
    }
}
