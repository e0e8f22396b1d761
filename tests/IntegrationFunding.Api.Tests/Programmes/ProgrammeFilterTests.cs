using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Storage.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Programmes;

[Collection(StarterCatalogueTests.Name)]
public sealed class ProgrammeFilterTests(StarterCatalogueFixture fixture)
{
    private const string AllPages = "pageSize=100";

    private async Task<List<JsonElement>> AllItemsAsync(string query)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var response = await fixture.Client.GetJsonAsync($"/api/v1/programmes?{query}&{AllPages}&page={page}");
            var batch = response.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(batch);
            if (items.Count >= response.GetProperty("total").GetInt32() || batch.Count == 0)
            {
                return items;
            }
        }
    }

    private static List<string> Strings(JsonElement item, string property) =>
        item.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public async Task Search_StateFilter_ReturnsNationwidePlusThatStateOnly()
    {
        var items = await AllItemsAsync("state=DE-BY");

        Assert.Contains(items, i => Strings(i, "states").Count == 0);
        Assert.Contains(items, i => Strings(i, "states").Contains("DE-BY"));
        Assert.All(items, i =>
        {
            var states = Strings(i, "states");
            Assert.True(states.Count == 0 || states.Contains("DE-BY"), $"{i.GetProperty("id")} is for {string.Join(",", states)}");
        });
    }

    [Fact]
    public async Task Search_MaxOwnShare_KeepsUnknownOwnSharesButMarksThem()
    {
        var items = await AllItemsAsync("maxOwnShare=10");

        Assert.Contains(items, i => i.GetProperty("ownShareMinPercent").ValueKind == JsonValueKind.Null && i.GetProperty("ownShareUnknown").GetBoolean());
        Assert.All(items, i =>
        {
            var share = i.GetProperty("ownShareMinPercent");
            if (share.ValueKind == JsonValueKind.Null)
            {
                Assert.True(i.GetProperty("ownShareUnknown").GetBoolean());
            }
            else
            {
                Assert.True(share.GetDecimal() <= 10);
                Assert.False(i.GetProperty("ownShareUnknown").GetBoolean());
            }
        });
        var all = await fixture.Client.GetJsonAsync("/api/v1/programmes?pageSize=1");
        var filtered = await fixture.Client.GetJsonAsync("/api/v1/programmes?maxOwnShare=10&pageSize=1");
        Assert.True(filtered.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32(), "some known own shares are above 10 %");
    }

    [Theory]
    [InlineData("", "topics", "topic")]
    [InlineData("", "applicants", "applicant")]
    [InlineData("", "levels", "level")]
    [InlineData("", "states", "state")]
    [InlineData("", "deadlineTypes", "deadlineType")]
    [InlineData("", "targetGroups", "targetGroup")]
    [InlineData("q=Integration&state=DE-NW", "topics", "topic")]
    [InlineData("topic=sprache", "states", "state")]
    [InlineData("q=Flüchtlinge", "applicants", "applicant")]
    public async Task Search_EachFacetCount_EqualsTotalOfThatFilter(string baseQuery, string facet, string parameter)
    {
        var response = await fixture.Client.GetJsonAsync($"/api/v1/programmes?{baseQuery}&pageSize=1");
        var counts = response.GetProperty("facets").GetProperty(facet).EnumerateObject().ToList();
        Assert.NotEmpty(counts);

        foreach (var count in counts)
        {
            var filtered = await fixture.Client.GetJsonAsync($"/api/v1/programmes?{baseQuery}&{parameter}={count.Name}&pageSize=1");
            Assert.Equal(count.Value.GetInt32(), filtered.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Search_DeadlineWindow_ReturnsOnlyProgrammesWithADeadlineInside()
    {
        var items = await AllItemsAsync("deadlineFrom=2025-01-01&deadlineTo=2025-12-31");

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains(
            i.GetProperty("deadlines").EnumerateArray().Select(d => DateOnly.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture)),
            d => d.Year == 2025));
    }

    [Fact]
    public async Task Search_SortByDeadline_OrdersByNextDeadline()
    {
        var items = await AllItemsAsync("sort=deadline&status=open");

        var deadlines = items.Select(i => i.GetProperty("nextDeadline"))
            .TakeWhile(d => d.ValueKind != JsonValueKind.Null)
            .Select(d => d.GetString()!)
            .ToList();
        Assert.NotEmpty(deadlines);
        Assert.Equal(deadlines.Order(StringComparer.Ordinal), deadlines);
        Assert.All(items, i => Assert.Equal("open", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Search_Paging_CoversEveryProgrammeOnce()
    {
        var items = await AllItemsAsync("sort=newest");

        var stored = (await fixture.Application.Services.GetRequiredService<ProgrammeStore>().GetAllAsync()).Count;
        Assert.True(stored >= 250, $"{stored} programmes stored");
        Assert.Equal(stored, items.Count);
        Assert.Equal(stored, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Search_TextQuery_HighlightsMatchedWordsEscaped()
    {
        var response = await fixture.Client.GetJsonAsync("/api/v1/programmes?q=Deutschkurse&pageSize=3");

        var first = response.GetProperty("items")[0];
        Assert.Contains("<mark>", first.GetProperty("highlights").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("score").GetDouble() > 0);
    }
}
