using System.Net;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Hardening;

/// <summary>
/// Requests a page has no handler for are answered 405 (unknown method, with Allow) or 404 (unknown handler),
/// never 500 – for every Razor page, through the real host.
/// </summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class PageMethodTests(StarterCatalogueFixture fixture)
{
    public static TheoryData<string> Pages => new()
    {
        "/suche",
        "/suche?q=Sprache",
        "/programme/{programme}",
        "/profil/unbekannt",
        "/profil/unbekannt/druck",
        "/profil/unbekannt/treffer.csv",
        "/profil",
        "/abo",
        "/",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Trace_IsMethodNotAllowed(string page)
    {
        using var response = await SendAsync(new HttpMethod("TRACE"), page);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/suche")]
    [InlineData("/programme/{programme}?handler=x")]
    [InlineData("/profil/unbekannt")]
    [InlineData("/")]
    public async Task PostWithoutHandler_IsAClientError(string page)
    {
        using var response = await SendAsync(HttpMethod.Post, page, new FormUrlEncodedContent([new("q", "x")]));

        Assert.True((int)response.StatusCode is 400 or 404 or 405, $"{page}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Head_OnAPage_IsAnswered()
    {
        using var response = await SendAsync(HttpMethod.Head, "/suche?q=Sprache");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string page, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(page.Replace("{programme}", await ProgrammeIdAsync(), StringComparison.Ordinal), UriKind.Relative)) { Content = content };
        return await fixture.Client.SendAsync(request);
    }

    private async Task<string> ProgrammeIdAsync()
    {
        using var document = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/v1/programmes?pageSize=1", UriKind.Relative)));
        return document.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }
}
