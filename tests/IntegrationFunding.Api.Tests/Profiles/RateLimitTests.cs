using System.Net;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Profiles;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_OverTinyKeyLimit_Return429ProblemWithRetryAfter()
    {
        using var app = new ApiApplication();
        app.Settings["RateLimiting:PermitsPerKey"] = "3";
        app.Settings["RateLimiting:Window"] = "00:01:00";
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        using var anonymous = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 5; i++)
        {
            var response = await client.GetAsync(new Uri("/api/v1/profiles/unbekannt", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected ??= response;
            }
        }

        using var publicRead = await anonymous.GetAsync(new Uri("/api/v1/taxonomy", UriKind.Relative));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(rejected);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.True(int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("Zu viele Anfragen", JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, publicRead.StatusCode);
    }

    [Fact]
    public async Task Requests_OverTinyAddressLimit_Return429ForPublicReads()
    {
        using var app = new ApiApplication();
        app.Settings["RateLimiting:PermitsPerAddress"] = "2";
        using var client = app.CreateClient();

        using var first = await client.GetAsync(new Uri("/api/v1/taxonomy", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/v1/taxonomy", UriKind.Relative));
        using var third = await client.GetAsync(new Uri("/api/v1/taxonomy", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
    }
}
