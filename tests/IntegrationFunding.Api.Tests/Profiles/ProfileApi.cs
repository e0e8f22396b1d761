using System.Net.Http.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Storage.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Profiles;

/// <summary>Helpers for profile tests: API keys from the host's store, clients that send them, a sample profile.</summary>
internal static class ProfileApi
{
    public static object SampleProfile(string name = "Gemeinde Neuhof") => new
    {
        name,
        ags = "03351001",
        state = "DE-NI",
        kind = "gemeinde",
        population = 9000,
        maxOwnSharePercent = 10,
        budgetConsolidation = true,
        goals = new object[]
        {
            new { topic = "sprache", priority = 1, text = "Sprachkurse für geflüchtete Mütter" },
            new { topic = "teilhabe-engagement", priority = 2, text = "Ehrenamtliche Integrationslotsen" },
        },
        targetGroups = new[] { "gefluechtete", "frauen" },
        horizonMonths = 12,
    };

    public static async Task<string> NewKeyAsync(this ApiApplication app, string name)
    {
        var (_, key) = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync(name);
        return key;
    }

    public static HttpClient ClientWithKey(this ApiApplication app, string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static async Task<string> CreateProfileAsync(this HttpClient client, object? profile = null)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/profiles", UriKind.Relative), profile ?? SampleProfile());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }
}
