using System.Net;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Programmes;

[Collection(StarterCatalogueTests.Name)]
public sealed class ProgrammeApiTests(StarterCatalogueFixture fixture)
{
    [Fact]
    public async Task GetProgramme_KnownId_ReturnsEveryContractField()
    {
        var programme = await fixture.Client.GetJsonAsync("/api/v1/programmes/land-nw-kommunales-integrationsmanagement-kim");

        string[] fields =
        [
            "id", "name", "funder", "level", "states", "topics", "targetGroups", "applicants", "municipalitiesEligible",
            "fundingType", "fundingRateMaxPercent", "ownShareMinPercent", "ownShareNote", "amountMinEur", "amountMaxEur",
            "programmeStart", "programmeEnd", "deadlineType", "deadlines", "nextDeadline", "status", "summary", "url",
            "sources", "evidence", "firstSeen", "lastChanged",
        ];
        Assert.All(fields, f => Assert.True(programme.TryGetProperty(f, out _), $"missing {f}"));
        Assert.Equal("land", programme.GetProperty("level").GetString());
        Assert.Equal("katalog", programme.GetProperty("sources")[0].GetProperty("sourceId").GetString());
    }

    [Fact]
    public async Task GetProgramme_UnknownId_Returns404ProblemInGerman()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/v1/programmes/gibt-es-nicht", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("gibt-es-nicht", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("topic=kochen", "topic", "kochen")]
    [InlineData("state=DE-XX", "state", "DE-XX")]
    [InlineData("applicant=gemeinde&applicant=astronaut", "applicant", "astronaut")]
    [InlineData("pageSize=0", "pageSize", "pageSize")]
    [InlineData("pageSize=101", "pageSize", "pageSize")]
    [InlineData("page=0", "page", "page")]
    [InlineData("page=abc", "page", "abc")]
    [InlineData("maxOwnShare=150", "maxOwnShare", "maxOwnShare")]
    [InlineData("maxOwnShare=viel", "maxOwnShare", "viel")]
    [InlineData("deadlineFrom=2027-13-01", "deadlineFrom", "2027-13-01")]
    [InlineData("sort=random", "sort", "random")]
    [InlineData("status=offen", "status", "offen")]
    public async Task Search_BadParameter_Returns400ProblemNamingIt(string query, string parameter, string named)
    {
        using var response = await fixture.Client.GetAsync(new Uri($"/api/v1/programmes?{query}", UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(named, detail, StringComparison.Ordinal);
        Assert.Contains(parameter, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"Sprache")]
    [InlineData("Sprache*")]
    [InlineData("NEAR(Sprache Kurs)")]
    [InlineData("Sprache AND Kurs OR Bildung NOT Sport")]
    [InlineData("-Sprache")]
    [InlineData("name:Sprache")]
    [InlineData("^Sprache")]
    [InlineData("'; DROP TABLE programmes; --")]
    [InlineData("{name}: (a OR b)")]
    [InlineData("😀 🇩🇪")]
    [InlineData("\u0000\u0001")]
    public async Task Search_QuerySyntaxAndSqlMetacharacters_NeverFail(string q)
    {
        var before = await fixture.Client.GetJsonAsync("/api/v1/programmes?pageSize=1");
        using var response = await fixture.Client.GetAsync(new Uri($"/api/v1/programmes?q={Uri.EscapeDataString(q)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await fixture.Client.GetJsonAsync("/api/v1/programmes?pageSize=1");
        Assert.True(before.GetProperty("total").GetInt32() >= 250);
        Assert.Equal(before.GetProperty("total").GetInt32(), after.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_TenKilobyteQuery_Returns400()
    {
        var q = string.Concat(Enumerable.Repeat("Sprachförderung ", 640));

        using var response = await fixture.Client.GetAsync(new Uri($"/api/v1/programmes?q={Uri.EscapeDataString(q)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("zu lang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taxonomy_ListsEveryVocabularyWithGermanLabels()
    {
        var taxonomy = await fixture.Client.GetJsonAsync("/api/v1/taxonomy");

        var vocabularies = taxonomy.GetProperty("vocabularies");
        foreach (var name in new[] { "levels", "states", "topics", "targetGroups", "applicants", "fundingTypes", "deadlineTypes" })
        {
            Assert.True(vocabularies.TryGetProperty(name, out var vocabulary), name);
            Assert.All(vocabulary.GetProperty("terms").EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("label").GetString())));
        }

        var sprache = vocabularies.GetProperty("topics").GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "sprache");
        Assert.Contains("Deutschkurs", sprache.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Health_And_OpenApi_AreServed()
    {
        var health = await fixture.Client.GetJsonAsync("/healthz");
        var openApi = await fixture.Client.GetJsonAsync("/openapi/v1.json");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/programmes", out _));
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/changes", out _));
    }
}
