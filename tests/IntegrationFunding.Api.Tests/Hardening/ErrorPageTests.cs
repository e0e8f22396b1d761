using System.Net;
using System.Net.Http.Headers;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Hardening;

/// <summary>A browser asking for a missing page gets the German error page; API clients keep problem+json.</summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class ErrorPageTests(StarterCatalogueFixture fixture)
{
    [Fact]
    public async Task Browser_MissingPage_GetsTheGerman404Page()
    {
        using var response = await BrowserGetAsync("/suchen-gibt-es-nicht");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Seite nicht gefunden – Förder-Navigator Integration</title>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Zur Suche nach Förderprogrammen</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_TraceOnAPage_GetsTheGerman405Page()
    {
        using var request = new HttpRequestMessage(new HttpMethod("TRACE"), new Uri("/suche", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("<title>Aktion nicht möglich – Förder-Navigator Integration</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/suchen-gibt-es-nicht", "application/json")]
    [InlineData("/api/v1/gibt-es-nicht", "application/json")]
    public async Task ApiClient_MissingAddress_KeepsProblemJson(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Browser_ExistingNotFoundPages_KeepTheirOwnText()
    {
        using var response = await BrowserGetAsync("/profil/unbekannt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Förderprofil nicht gefunden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> BrowserGetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return await fixture.Client.SendAsync(request);
    }
}
