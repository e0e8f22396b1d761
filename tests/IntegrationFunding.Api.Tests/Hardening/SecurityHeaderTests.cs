using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Hardening;

/// <summary>Every response – pages, API, errors, static files, Swagger UI – carries the security headers.</summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class SecurityHeaderTests(StarterCatalogueFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/suche?q=Sprache")]
    [InlineData("/profil")]
    [InlineData("/abo")]
    [InlineData("/api/v1/programmes?q=Sprache")]
    [InlineData("/api/v1/programmes?page=abc")]
    [InlineData("/api/v1/gibt-es-nicht")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/swagger/index.html")]
    public async Task Response_HasSecurityHeaders(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'unsafe-inline'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UiPolicy_AllowsOnlyOwnExternalScripts()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/suche?q=Sprache", UriKind.Relative));
        var csp = Header(response, "Content-Security-Policy");

        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        // Only same-origin script files (the register autocomplete); never inline script, eval or other origins.
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
