using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Api.Tests.Infrastructure;

/// <summary>
/// The OpenAPI document is a promise to outside users: it must equal the approved copy in
/// <c>src/IntegrationFunding.Api/openapi/v1.json</c>. After a deliberate, compatible change, approve it with
/// <c>UPDATE_OPENAPI=1 dotnet test tests/IntegrationFunding.Api.Tests --filter OpenApiContract</c> and commit the file.
/// </summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class OpenApiContractTests(StarterCatalogueFixture fixture)
{
    private static readonly string Approved = RepositoryPaths.InRoot("src", "IntegrationFunding.Api", "openapi", "v1.json");

    [Fact]
    public async Task OpenApiDocument_EqualsTheApprovedContract()
    {
        var served = Normalize(await fixture.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(Approved, served);
        }

        Assert.True(File.Exists(Approved), $"{Approved} is missing; create it with UPDATE_OPENAPI=1.");
        var approved = await File.ReadAllTextAsync(Approved);
        Assert.True(
            string.Equals(approved, served, StringComparison.Ordinal),
            $"The OpenAPI document changed. Review the difference (git diff after approving) and approve with UPDATE_OPENAPI=1. First difference at: {FirstDifference(approved, served)}");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryPublicEndpoint()
    {
        var paths = JsonNode.Parse(await fixture.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!["paths"]!.AsObject();

        string[] expected =
        [
            "/api/v1/programmes", "/api/v1/programmes/{id}", "/api/v1/programmes/{id}/deadlines.ics", "/api/v1/taxonomy",
            "/api/v1/changes", "/api/v1/profiles", "/api/v1/profiles/{id}", "/api/v1/profiles/{id}/matches",
            "/api/v1/profiles/{id}/deadlines.ics", "/api/v1/subscriptions", "/api/v1/municipalities", "/api/v1/municipalities/{ags}", "/healthz",
        ];
        Assert.All(expected, p => Assert.True(paths.ContainsKey(p), $"missing {p}"));
    }

    private static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var start = Math.Max(0, i - 80);
        return $"…{b.Substring(start, Math.Min(160, b.Length - start))}…";
    }
}
