using System.Net;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Api.Tests.Hardening;

/// <summary>Search input read strictly and answered in German, without echoing megabytes; HEAD works on API GETs.</summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class SearchInputTests(StarterCatalogueFixture fixture)
{
    [Fact]
    public async Task MaxOwnShare_WithGermanDecimalComma_MeansTwoPointFive()
    {
        var comma = await TotalAsync("/api/v1/programmes?maxOwnShare=2,5&pageSize=100");
        var point = await TotalAsync("/api/v1/programmes?maxOwnShare=2.5&pageSize=100");
        var twentyFive = await TotalAsync("/api/v1/programmes?maxOwnShare=25&pageSize=100");

        Assert.Equal(point, comma);
        Assert.NotEqual(twentyFive, comma);
    }

    [Theory]
    [InlineData("deadlineTo=12/01/2026", "deadlineTo")]
    [InlineData("deadlineFrom=2027-3-31", "deadlineFrom")]
    [InlineData("openOn=2026-11-21T00:00:00", "openOn")]
    [InlineData("maxOwnShare=2,5,5", "maxOwnShare")]
    public async Task DatesAndNumbers_InOtherFormats_AreRejectedInGerman(string query, string parameter)
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/v1/programmes?" + query, UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.Contains(parameter, message, StringComparison.Ordinal);
        Assert.Contains(parameter == "maxOwnShare" ? "Zahl" : "JJJJ-MM-TT", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeInvalidValues_AreNotEchoedBack()
    {
        var huge = new string('x', 6000);
        using var topic = await fixture.Client.GetAsync(new Uri($"/api/v1/programmes?topic={huge}&topic={huge}1&sort={huge}", UriKind.Relative));
        using var page = await fixture.Client.GetAsync(new Uri($"/api/v1/programmes?page={huge}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, topic.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.True((await topic.Content.ReadAsStringAsync()).Length < 5000);
        Assert.True((await page.Content.ReadAsStringAsync()).Length < 2000);
    }

    [Fact]
    public async Task HugeJsonBody_IsNotEchoedBack()
    {
        var huge = new string('x', 1_000_000);
        using var content = new StringContent($$"""{"email":"{{huge}}@x.de","profileId":"{{huge}}","search":null}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await fixture.Client.PostAsync(new Uri("/api/v1/subscriptions", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 5000);
    }

    [Theory]
    [InlineData("/api/v1/programmes?q=Sprache")]
    [InlineData("/api/v1/taxonomy")]
    [InlineData("/healthz")]
    public async Task Head_OnApiGets_AnswersLikeGetWithoutBody(string path)
    {
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));
        using var get = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void PageBindingMessages_OfTheHost_AreGerman()
    {
        var messages = fixture.Application.Services.GetRequiredService<IOptions<MvcOptions>>().Value.ModelBindingMessageProvider;

        Assert.Equal("Der Wert „abc“ ist für Einwohnerzahl ungültig.", messages.AttemptedValueIsInvalidAccessor("abc", "Einwohnerzahl"));
        Assert.Equal("Einwohnerzahl muss eine Zahl sein.", messages.ValueMustBeANumberAccessor("Einwohnerzahl"));
        Assert.Equal("Der Wert „" + new string('x', 60) + "…“ ist ungültig.", messages.NonPropertyAttemptedValueIsInvalidAccessor(new string('x', 5000)));
    }

    [Fact]
    public async Task SearchPage_MaxOwnShareWithGermanDecimalComma_MeansTwoPointFive()
    {
        var comma = await fixture.Client.GetStringAsync(new Uri("/suche?maxOwnShare=2,5", UriKind.Relative));
        var point = await fixture.Client.GetStringAsync(new Uri("/suche?maxOwnShare=2.5", UriKind.Relative));
        var twentyFive = await fixture.Client.GetStringAsync(new Uri("/suche?maxOwnShare=25", UriKind.Relative));

        Assert.NotEmpty(HitsHeading(comma).Trim());
        Assert.Equal(HitsHeading(point), HitsHeading(comma));
        Assert.NotEqual(HitsHeading(twentyFive), HitsHeading(comma));
    }

    [Fact]
    public async Task SearchPage_PageNumberPastTheEnd_ShowsTheLastPage()
    {
        var html = await fixture.Client.GetStringAsync(new Uri("/suche?seite=9999", UriKind.Relative));
        var heading = System.Text.RegularExpressions.Regex.Match(HitsHeading(html), @"(\d+) Treffer \((\d+)–(\d+)\)");

        Assert.True(heading.Success, HitsHeading(html));
        var (total, from, to) = (int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(heading.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(heading.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(from <= to, HitsHeading(html));
        Assert.Equal(total, to);
    }

    private static string HitsHeading(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "id=\"treffer-titel\"[^>]*>([^<]*)<").Groups[1].Value;

    private async Task<int> TotalAsync(string path)
    {
        using var document = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri(path, UriKind.Relative)));
        return document.RootElement.GetProperty("total").GetInt32();
    }
}
