using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Profiles;

public sealed class ProfileMatchesTests
{
    [Fact]
    public async Task Matches_StarterCatalogue_ExplainsEachMatchAndHonoursOptions()
    {
        using var app = new ApiApplication();
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        var id = await client.CreateProfileAsync();

        var plain = await client.GetJsonAsync($"/api/v1/profiles/{id}/matches?pageSize=100");
        var withIneligible = await client.GetJsonAsync($"/api/v1/profiles/{id}/matches?includeIneligible=true&pageSize=100");
        var withPartners = await client.GetJsonAsync($"/api/v1/profiles/{id}/matches?includePartnerRoles=true&pageSize=100");
        var page2 = await client.GetJsonAsync($"/api/v1/profiles/{id}/matches?page=2&pageSize=3");

        var items = plain.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, m =>
        {
            Assert.NotEqual("ineligible", m.GetProperty("eligibility").GetString());
            Assert.Equal("applicant", m.GetProperty("role").GetString());
            Assert.Contains(m.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("Passt zu Ihrem Ziel '", StringComparison.Ordinal));
            Assert.NotEmpty(m.GetProperty("matchedGoals").EnumerateArray());
            var states = m.GetProperty("programme").GetProperty("states").EnumerateArray().Select(s => s.GetString()).ToList();
            Assert.True(states.Count == 0 || states.Contains("DE-NI"));
        });
        var scores = items.Select(m => m.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.True(withIneligible.GetProperty("total").GetInt32() > plain.GetProperty("total").GetInt32());
        Assert.Contains(withIneligible.GetProperty("items").EnumerateArray(), m => m.GetProperty("eligibility").GetString() == "ineligible");
        var partner = withPartners.GetProperty("items").EnumerateArray().First(m => m.GetProperty("role").GetString() == "partner");
        Assert.Contains(partner.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("Kooperationspartner", StringComparison.Ordinal));
        Assert.Equal(items[3].GetProperty("programme").GetProperty("id").GetString(), page2.GetProperty("items")[0].GetProperty("programme").GetProperty("id").GetString());
        Assert.Contains(items, m => m.GetProperty("warnings").EnumerateArray().Any(w => w.GetString()!.StartsWith("Eigenanteil unbekannt: in der Quelle nicht genannt.", StringComparison.Ordinal)));
    }
}
