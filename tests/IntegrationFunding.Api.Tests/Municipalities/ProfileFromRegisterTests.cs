using System.Net;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Api.Tests.Profiles;

namespace IntegrationFunding.Api.Tests.Municipalities;

/// <summary><c>POST/PUT /api/v1/profiles</c> with an <c>ags</c>: omitted facts come from the register, contradictions are 400s.</summary>
public sealed class ProfileFromRegisterTests : IDisposable
{
    private readonly ApiApplication _app = new();

    public void Dispose() => _app.Dispose();

    private static object Goals => new object[] { new { topic = "sprache", priority = 1, text = (string?)null } };

    [Fact]
    public async Task Create_OnlyAgsAndGoals_FillsNameStateKindPopulationKreisAndVerband()
    {
        using var client = _app.ClientWithKey(await _app.NewKeyAsync("Lotsen"));

        using var response = await client.PostJsonAsync("/api/v1/profiles", new { ags = "03351001", goals = Goals });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Adelheidsdorf", body.GetProperty("name").GetString());
        Assert.Equal("DE-NI", body.GetProperty("state").GetString());
        Assert.Equal("gemeinde", body.GetProperty("kind").GetString());
        Assert.Equal(2_660, body.GetProperty("population").GetInt32());
        Assert.Equal("03351", body.GetProperty("kreisAgs").GetString());
        Assert.Equal("Celle", body.GetProperty("kreisName").GetString());
        Assert.Equal("033515404", body.GetProperty("gemeindeverbandArs").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("gemeindeverbandName").GetString()));
    }

    [Fact]
    public async Task Create_GivenFacts_KeptOverTheRegister()
    {
        using var client = _app.ClientWithKey(await _app.NewKeyAsync("Lotsen"));

        using var response = await client.PostJsonAsync("/api/v1/profiles", new { ags = "09162000", name = "LH München, Integrationsbüro", population = 1_500_000, goals = Goals });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("LH München, Integrationsbüro", body.GetProperty("name").GetString());
        Assert.Equal(1_500_000, body.GetProperty("population").GetInt32());
        Assert.Equal("kreisfreie-stadt", body.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("gemeindeverbandArs").ValueKind);
    }

    [Fact]
    public async Task Create_PaddedKreisKey_IsALandkreis()
    {
        using var client = _app.ClientWithKey(await _app.NewKeyAsync("Lotsen"));

        using var response = await client.PostJsonAsync("/api/v1/profiles", new { ags = "09184000", goals = Goals });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("landkreis", body.GetProperty("kind").GetString());
        Assert.Equal("09184", body.GetProperty("kreisAgs").GetString());
        Assert.True(body.GetProperty("population").GetInt32() > 300_000);
    }

    [Theory]
    [InlineData("09162000", "DE-NW", "kreisfreie-stadt", "state", "liegt in DE-BY")]
    [InlineData("09162000", "DE-BY", "gemeinde", "kind", "kreisfreie-stadt")]
    [InlineData("03351001", "DE-NI", "landkreis", "kind", "gemeinde oder stadt oder grosse-kreisstadt")]
    [InlineData("09184000", "DE-BY", "stadt", "kind", "landkreis")]
    [InlineData("09999001", "DE-BY", "gemeinde", "ags", "gibt es im Gemeindeverzeichnis")]
    public async Task Create_AgsContradictsStateOrKind_Returns400NamingTheField(string ags, string state, string kind, string field, string detail)
    {
        using var client = _app.ClientWithKey(await _app.NewKeyAsync("Lotsen"));

        using var response = await client.PostJsonAsync("/api/v1/profiles", new { name = "Test", ags, state, kind, goals = Goals });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = body.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.Contains(detail, message, StringComparison.Ordinal);
        Assert.Contains(detail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_AgsContradictsState_Returns400()
    {
        using var client = _app.ClientWithKey(await _app.NewKeyAsync("Lotsen"));
        var id = await client.CreateProfileAsync();

        using var response = await client.PutAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { name = "Neuhof", ags = "05315000", state = "DE-NI", kind = "kreisfreie-stadt", goals = Goals }));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("state", out _), body.ToString());
    }

    [Fact]
    public async Task Create_GemeindeverbandByItsKey_FillsFromTheVerband()
    {
        using var client = _app.ClientWithKey(await _app.NewKeyAsync("Lotsen"));

        using var response = await client.PostJsonAsync("/api/v1/profiles", new { gemeindeverbandArs = "033515404", goals = Goals });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("gemeindeverband", body.GetProperty("kind").GetString());
        Assert.Equal("DE-NI", body.GetProperty("state").GetString());
        Assert.Equal("03351", body.GetProperty("kreisAgs").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ags").ValueKind);
    }
}
