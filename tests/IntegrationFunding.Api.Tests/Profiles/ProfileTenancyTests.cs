using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Profiles;

public sealed class ProfileTenancyTests
{
    [Fact]
    public async Task Profiles_SecondKey_CannotReadChangeOrDeleteFirstKeysProfile()
    {
        using var app = new ApiApplication();
        using var first = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        using var second = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle B"));
        var id = await first.CreateProfileAsync();

        using var get = await second.GetAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative));
        using var put = await second.PutAsJsonAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative), ProfileApi.SampleProfile("Übernommen"));
        using var matches = await second.GetAsync(new Uri($"/api/v1/profiles/{id}/matches", UriKind.Relative));
        using var delete = await second.DeleteAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, matches.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        var own = await first.GetJsonAsync($"/api/v1/profiles/{id}");
        Assert.Equal("Gemeinde Neuhof", own.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Profiles_OwnKey_CreateReadUpdateDeleteRoundTrip()
    {
        using var app = new ApiApplication();
        using var client = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        var id = await client.CreateProfileAsync();

        using var put = await client.PutAsJsonAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative), ProfileApi.SampleProfile("Gemeinde Neuhof-Süd"));
        var updated = await client.GetJsonAsync($"/api/v1/profiles/{id}");
        using var delete = await client.DeleteAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative));
        using var gone = await client.GetAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative));

        Assert.Matches("^[a-z2-7]{26}$", id);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Gemeinde Neuhof-Süd", updated.GetProperty("name").GetString());
        Assert.Equal(2, updated.GetProperty("goals").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData(null, "nötig")]
    [InlineData("ifk_abc_wrong", "ungültig")]
    [InlineData("not-a-key", "ungültig")]
    public async Task Profiles_MissingOrInvalidKey_Returns401Problem(string? key, string expectedWord)
    {
        using var app = new ApiApplication();
        await app.NewKeyAsync("Lotsenstelle A");
        using var client = key is null ? app.CreateClient() : app.ClientWithKey(key);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/profiles", UriKind.Relative), ProfileApi.SampleProfile());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains(expectedWord, detail, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profiles_RevokedKey_Returns401()
    {
        using var app = new ApiApplication();
        var key = await app.NewKeyAsync("Lotsenstelle A");
        using var client = app.ClientWithKey(key);
        var id = await client.CreateProfileAsync();
        var store = (IntegrationFunding.Storage.ApiKeys.ApiKeyStore)app.Services.GetService(typeof(IntegrationFunding.Storage.ApiKeys.ApiKeyStore))!;
        Assert.True(await store.RevokeAsync(key.Split('_')[1]));

        using var response = await client.GetAsync(new Uri($"/api/v1/profiles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
