using System.Net;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Profiles;

/// <summary>Issue 10 through the real host: exact applicant kinds, the three verdicts, clarifications, conditions in the programme shape.</summary>
public sealed class MatchVerdictsTests
{
    private const string SaxonKreiseOnly = "land-sn-integrative-massnahmen-teil-2-kommunen";

    private static readonly string[] VerdictNames = ["mayApply", "canAfford", "inTime"];

    private static object Town(string kind, bool? budgetConsolidation = null) => new
    {
        name = "Stadt Nossen",
        state = "DE-SN",
        kind,
        population = 10600,
        maxOwnSharePercent = 20,
        budgetConsolidation,
        goals = new object[] { new { topic = "integrationsmanagement-koordination", priority = 1, text = "Integrationskoordination in der Stadtverwaltung" } },
        horizonMonths = 12,
    };

    [Theory]
    [InlineData("stadt")]
    [InlineData("grosse-kreisstadt")]
    [InlineData("gemeinde")]
    public async Task Matches_KreisangehoerigeKommune_NeverApplicantForLandkreisAndKreisfreieOnlyProgramme(string kind)
    {
        using var app = new ApiApplication();
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle Sachsen"));
        var id = await client.CreateProfileAsync(Town(kind));

        var plain = await client.GetJsonAsync($"/api/v1/profiles/{id}/matches?includePartnerRoles=true&pageSize=100");
        var all = await client.GetJsonAsync($"/api/v1/profiles/{id}/matches?includeIneligible=true&pageSize=100");

        Assert.DoesNotContain(plain.GetProperty("items").EnumerateArray(), m => Id(m) == SaxonKreiseOnly && m.GetProperty("role").GetString() == "applicant");
        var saxon = all.GetProperty("items").EnumerateArray().Single(m => Id(m) == SaxonKreiseOnly);
        Assert.Equal("ineligible", saxon.GetProperty("eligibility").GetString());
        var mayApply = saxon.GetProperty("verdicts").GetProperty("mayApply");
        Assert.Equal("ineligible", mayApply.GetProperty("eligibility").GetString());
        Assert.Contains("Antragsberechtigt sind nur: Landkreis, Kreisfreie Stadt", mayApply.GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matches_EveryItemHasThreeVerdicts_ReasonsHoldNoGaps_AndEligibilityIsTheirCombination()
    {
        using var app = new ApiApplication();
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        var id = await client.CreateProfileAsync();

        var page = await client.GetJsonAsync($"/api/v1/profiles/{id}/matches?pageSize=100");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var m in items)
        {
            var verdicts = m.GetProperty("verdicts");
            var parts = VerdictNames.Select(v => verdicts.GetProperty(v)).ToList();
            Assert.All(parts, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("sentence").GetString())));
            var values = parts.Select(p => p.GetProperty("eligibility").GetString()).ToList();
            var expected = values.Contains("ineligible") ? "ineligible" : values.Contains("unknown") ? "unknown" : "eligible";
            Assert.Equal(expected, m.GetProperty("eligibility").GetString());
            var badge = verdicts.GetProperty("badge").GetString()!;
            Assert.DoesNotContain("Berechtigung unklar", badge, StringComparison.Ordinal);
            if (values[2] == "unknown")
            {
                Assert.Contains("Frist unbekannt", badge, StringComparison.Ordinal);
            }

            if (values[1] == "unknown")
            {
                Assert.Contains("Eigenanteil unbekannt", badge, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(m.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("nicht genannt", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Clarifications_UnansweredHaushaltssicherung_IsNamedWithTheProgrammesItDecides()
    {
        using var app = new ApiApplication();
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle B"));
        var unanswered = await client.CreateProfileAsync(new
        {
            name = "Gemeinde Neuhof", state = "DE-NI", kind = "gemeinde", maxOwnSharePercent = 0,
            goals = new object[] { new { topic = "sprache", priority = 1, text = "Sprachkurse" }, new { topic = "teilhabe-engagement", priority = 2 } },
        });

        var profile = await client.GetJsonAsync($"/api/v1/profiles/{unanswered}");
        var matches = await client.GetJsonAsync($"/api/v1/profiles/{unanswered}/matches");
        var clarifications = await client.GetJsonAsync($"/api/v1/profiles/{unanswered}/clarifications");

        Assert.Equal(JsonValueKind.Null, profile.GetProperty("budgetConsolidation").ValueKind);
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("structurallyWeak").ValueKind);
        var list = clarifications.EnumerateArray().ToList();
        Assert.Equal(list.Count, matches.GetProperty("clarifications").GetArrayLength());
        var population = Assert.Single(list, c => c.GetProperty("field").GetString() == "population");
        Assert.True(population.GetProperty("programmes").GetInt32() > 0);
        Assert.Matches("^Angabe zur Einwohnerzahl fehlt – entscheidet [0-9]+ Programme?\\.$", population.GetProperty("sentence").GetString());
        using var missing = await client.GetAsync(new Uri("/api/v1/profiles/gibt-es-nicht/clarifications", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Programme_ConditionsWithEvidence_AreInTheProgrammeShape()
    {
        using var app = new ApiApplication();
        using var client = app.CreateClient();

        var kiv = await client.GetJsonAsync("/api/v1/programmes/land-he-kommunale-vielfalts-und-integrationsstrategien-kiv");
        var plain = await client.GetJsonAsync("/api/v1/programmes/eu-amif-projektfoerderung-2021-2027");

        var population = kiv.GetProperty("conditions").GetProperty("population").EnumerateArray().ToList();
        Assert.Equal(2, population.Count);
        Assert.Equal(10000, population[0].GetProperty("min").GetInt32());
        Assert.Equal("sonstige", population[0].GetProperty("orFact").GetString());
        Assert.Equal(50000, population[1].GetProperty("max").GetInt32());
        Assert.Contains("10.000 bis 50.000 Einwohnern", population[1].GetProperty("evidence").GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Empty(plain.GetProperty("conditions").GetProperty("population").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("conditions").GetProperty("area").ValueKind);
    }

    private static string? Id(JsonElement match) => match.GetProperty("programme").GetProperty("id").GetString();
}
