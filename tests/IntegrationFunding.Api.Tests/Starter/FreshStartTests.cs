using System.Net;
using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.TestKit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntegrationFunding.Api.Tests.Starter;

/// <summary>
/// A new user's first start (issue 11): the real host on Kestrel (127.0.0.1) with an empty database imports the
/// starter catalogue and the relevant real Förderdatenbank programmes; the API and the programme page show them
/// with attribution and evidence. The fill rates of the starter set are printed (docs/REALDATA.md).
/// </summary>
public sealed class FreshStartTests(ITestOutputHelper output)
{
    private static readonly string[] ExtractedFields =
        ["fundingRateMaxPercent", "ownShareMinPercent", "amountMinEur", "amountMaxEur", "programmeStart", "programmeEnd", "deadlines"];

    [Fact]
    public async Task FreshStart_ShowsCatalogueAndRealFdbProgrammesWithAttributionAndEvidence()
    {
        using var app = new ApiApplication();
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var items = new List<JsonElement>();
        var first = await client.GetJsonAsync("/api/v1/programmes?pageSize=100&sort=newest");
        var total = first.GetProperty("total").GetInt32();
        items.AddRange(first.GetProperty("items").EnumerateArray());
        for (var page = 2; items.Count < total; page++)
        {
            items.AddRange((await client.GetJsonAsync($"/api/v1/programmes?pageSize=100&sort=newest&page={page}")).GetProperty("items").EnumerateArray());
        }

        Assert.True(total >= 250, $"only {total} programmes searchable");
        var real = items.Where(i => i.GetProperty("attribution").ValueKind == JsonValueKind.Object).ToList();
        Assert.True(real.Count >= 60, $"only {real.Count} Förderdatenbank programmes");
        Assert.All(real, i =>
        {
            Assert.Equal("CC BY-ND 4.0", i.GetProperty("attribution").GetProperty("license").GetString());
            Assert.Contains("Förderdatenbank", i.GetProperty("attribution").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal("fdb-csv", i.GetProperty("sources")[0].GetProperty("sourceId").GetString());
        });
        double Share(IEnumerable<JsonElement> set, Func<JsonElement, bool> known) => set.Count(known) / (double)set.Count();
        var rateKnown = Share(real, i => i.GetProperty("fundingRateMaxPercent").ValueKind == JsonValueKind.Number || i.GetProperty("ownShareMinPercent").ValueKind == JsonValueKind.Number);
        var deadlineKnown = Share(real, i => i.GetProperty("deadlineType").GetString() != "unknown");
        output.WriteLine($"searchable {total}, Förderdatenbank {real.Count}, rate or own share {rateKnown:P0}, deadline type known {deadlineKnown:P0}");
        Assert.True(rateKnown >= 0.6, $"rate or own share known for {rateKnown:P0}");
        Assert.True(deadlineKnown >= 0.6, $"deadline type known for {deadlineKnown:P0}");

        // Every extracted fact carries its quote in the API.
        foreach (var item in items)
        {
            var evidence = item.GetProperty("evidence");
            foreach (var field in ExtractedFields.Where(f => item.GetProperty(f) is { ValueKind: not JsonValueKind.Null } v && !(v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 0)))
            {
                var catalogueFact = item.GetProperty("sources")[0].GetProperty("sourceId").GetString() == "katalog" && !evidence.TryGetProperty(field, out _);
                Assert.True(catalogueFact || evidence.GetProperty(field).GetProperty("quote").GetString()!.Length > 0, $"{item.GetProperty("id")}: {field} without quote");
            }
        }

        // No Förderdatenbank programme repeats a catalogue programme (same page or same name).
        static string Key(string url) => url.Replace("https://www.", "https://", StringComparison.Ordinal).TrimEnd('/').ToLowerInvariant();
        var catalogue = items.Where(i => i.GetProperty("attribution").ValueKind == JsonValueKind.Null).ToList();
        var catalogueUrls = catalogue.Select(i => Key(i.GetProperty("url").GetString()!)).ToHashSet(StringComparer.Ordinal);
        var catalogueNames = catalogue.Select(i => i.GetProperty("name").GetString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(real, i => catalogueUrls.Contains(Key(i.GetProperty("url").GetString()!)));
        Assert.DoesNotContain(real, i => catalogueNames.Contains(i.GetProperty("name").GetString()!.ToLowerInvariant()));

        // A real programme is found by its words and shows attribution and quotes on its page.
        var search = await client.GetJsonAsync("/api/v1/programmes?q=Migrationsberatung&pageSize=20");
        var found = search.GetProperty("items").EnumerateArray().First(i => i.GetProperty("attribution").ValueKind == JsonValueKind.Object);
        var id = found.GetProperty("id").GetString()!;
        var html = await client.GetStringAsync(new Uri($"/programme/{Uri.EscapeDataString(id)}", UriKind.Relative));
        Assert.Contains("laut Quelle: „", html, StringComparison.Ordinal);
        Assert.Contains("Lizenz: <a href=\"https://creativecommons.org/licenses/by-nd/4.0/deed.de\" rel=\"license\">CC BY-ND 4.0</a>", html, StringComparison.Ordinal);
        Assert.Contains("Förderdatenbank des Bundes (www.foerderdatenbank.de)", html, StringComparison.Ordinal);

        var stored = await app.Services.GetRequiredService<ProgrammeStore>().GetAllAsync();
        output.WriteLine(FillRates.Table("Whole starter set", stored));
        output.WriteLine(FillRates.Table("Real Förderdatenbank programmes", [.. stored.Where(p => p.Attribution is not null)]));
        output.WriteLine(FillRates.Table("Catalogue programmes", [.. stored.Where(p => p.Attribution is null)]));
        output.WriteLine($"catalogue facts filled from own text with evidence: {stored.Where(p => p.Attribution is null).Sum(p => p.Evidence.Count)}");
    }
}
