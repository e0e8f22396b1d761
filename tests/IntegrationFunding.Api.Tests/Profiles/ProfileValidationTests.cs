using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Profiles;

public sealed class ProfileValidationTests
{
    [Fact]
    public async Task Create_InvalidFields_Returns400NamingEachFieldInGerman()
    {
        using var app = new ApiApplication();
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        var profile = new
        {
            name = "Gemeinde X",
            ags = "12ab",
            state = "DE-XX",
            kind = "dorf",
            population = -5,
            maxOwnSharePercent = 120,
            goals = new object[] { new { topic = "raumfahrt", priority = 4, text = "Mond" } },
            targetGroups = new[] { "marsianer" },
        };

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/profiles", UriKind.Relative), profile);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = body.GetProperty("errors");
        foreach (var field in new[] { "ags", "state", "kind", "population", "maxOwnSharePercent", "goals[0].topic", "goals[0].priority", "targetGroups" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {body}");
        }

        Assert.Contains("Handlungsfeld \"raumfahrt\"", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("deutsches Land", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400NotServerError()
    {
        using var app = new ApiApplication();
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        using var content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/v1/profiles", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Matches_PageSizeOutOfRange_Returns400NamingPageSize()
    {
        using var app = new ApiApplication();
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        var id = await client.CreateProfileAsync();

        using var response = await client.GetAsync(new Uri($"/api/v1/profiles/{id}/matches?pageSize=500", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pageSize", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
