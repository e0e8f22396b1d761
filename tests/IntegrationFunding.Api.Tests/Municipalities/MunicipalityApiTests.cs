using System.Net;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Municipalities;

/// <summary><c>/api/v1/municipalities</c> on the real host, whose empty database got the shipped register at start.</summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class MunicipalityApiTests(StarterCatalogueFixture fixture)
{
    private const string Credit = "© Statistisches Bundesamt (Destatis), 2025 – Gemeindeverzeichnis GV100AD, Gebietsstand 31.08.2025";

    [Theory]
    [InlineData("Muenchen", "09162000")]
    [InlineData("München", "09162000")]
    [InlineData("Koeln", "05315000")]
    [InlineData("Köln", "05315000")]
    [InlineData("24937", "01001000")]
    [InlineData("0100100", "01001000")]
    public async Task Search_NamePlzOrKeyPrefix_FirstHitIsTheGemeinde(string q, string ags)
    {
        var body = await fixture.Client.GetJsonAsync($"/api/v1/municipalities?q={Uri.EscapeDataString(q)}&level=gemeinde");

        var first = body.GetProperty("items")[0];
        Assert.Equal(ags, first.GetProperty("ags").GetString());
        Assert.Equal(Credit, body.GetProperty("attribution").GetString());
        Assert.Equal(Credit, first.GetProperty("attribution").GetString());
        Assert.Equal("2025-08-31", body.GetProperty("gebietsstand").GetString());
    }

    [Fact]
    public async Task Search_AllLevels_FindsLandKreisVerbandAndGemeinde()
    {
        var land = await fixture.Client.GetJsonAsync("/api/v1/municipalities?q=Bayern&level=land");
        var kreis = await fixture.Client.GetJsonAsync("/api/v1/municipalities?q=Muenchen&level=kreis");
        var verband = await fixture.Client.GetJsonAsync("/api/v1/municipalities?q=Amt&level=gemeindeverband&pageSize=5");

        Assert.Equal("09", land.GetProperty("items")[0].GetProperty("key").GetString());
        Assert.Contains(kreis.GetProperty("items").EnumerateArray(), k => k.GetProperty("key").GetString() == "09184" && k.GetProperty("kind").GetString() == "landkreis");
        var first = verband.GetProperty("items")[0];
        Assert.Equal("gemeindeverband", first.GetProperty("level").GetString());
        Assert.Equal(9, first.GetProperty("ars").GetString()!.Length);
        Assert.Equal("gemeindeverband", first.GetProperty("profileKind").GetString());
        Assert.Equal(5, verband.GetProperty("pageSize").GetInt32());
        Assert.True(verband.GetProperty("total").GetInt32() > 5);
    }

    [Fact]
    public async Task GetByKey_Gemeinde_HasKreisPopulationAreaAndPlz()
    {
        var berlin = await fixture.Client.GetJsonAsync("/api/v1/municipalities/11000000");
        var viaArs = await fixture.Client.GetJsonAsync("/api/v1/municipalities/110000000000");

        Assert.Equal("Berlin, Stadt", berlin.GetProperty("name").GetString());
        Assert.Equal(3_685_265, berlin.GetProperty("population").GetInt64());
        Assert.Equal("DE-BE", berlin.GetProperty("state").GetString());
        Assert.Equal("kreisfreie-stadt", berlin.GetProperty("profileKind").GetString());
        Assert.Equal("11000", berlin.GetProperty("kreis").GetProperty("key").GetString());
        Assert.True(berlin.GetProperty("areaKm2").GetDecimal() > 800);
        Assert.Equal("10178", berlin.GetProperty("plz").GetString());
        Assert.Equal(Credit, berlin.GetProperty("attribution").GetString());
        Assert.Equal("11000000", viaArs.GetProperty("key").GetString());
    }

    [Fact]
    public async Task GetByKey_Unknown_Returns404InGerman()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/v1/municipalities/09999999", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("keinen Eintrag mit dem Schlüssel \"09999999\"", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0916200")]
    [InlineData("1234567890123")]
    public async Task GetByKey_Malformed_Returns400NamingTheKey(string key)
    {
        using var response = await fixture.Client.GetAsync(new Uri($"/api/v1/municipalities/{key}", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Schlüssel muss aus 2 (Land)", body.GetProperty("errors").GetProperty("ags")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("level=dorf", "level")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Search_BadParameter_Returns400NamingIt(string query, string field)
    {
        using var response = await fixture.Client.GetAsync(new Uri($"/api/v1/municipalities?q=Bad&{query}", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task Search_QueryTooLong_Returns400()
    {
        using var response = await fixture.Client.GetAsync(new Uri($"/api/v1/municipalities?q={new string('a', 101)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
