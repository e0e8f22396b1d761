using System.Globalization;
using System.Text.Json;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Crawler.Tests.Evaluation;

/// <summary>The gold file of the whole-page evaluation set (<c>tests/data/whole-pages/gold.json</c>).</summary>
internal sealed record WholePageGold(DateOnly Today, IReadOnlyList<GoldPage> Pages)
{
    public static string Folder { get; } = RepositoryPaths.InTestData("whole-pages");

    public static WholePageGold Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "gold.json")));
        var root = json.RootElement;
        var pages = root.GetProperty("pages").EnumerateArray()
            .Select(p => new GoldPage(
                p.GetProperty("id").GetString()!,
                p.GetProperty("layout").GetString()!,
                p.GetProperty("path").GetString()!,
                p.GetProperty("split").GetString()!,
                p.EnumerateObject().Where(f => f.Name is not ("id" or "layout" or "path" or "split")).ToDictionary(f => f.Name, f => f.Value.Clone(), StringComparer.Ordinal)))
            .ToList();
        return new WholePageGold(DateOnly.Parse(root.GetProperty("today").GetString()!, CultureInfo.InvariantCulture), pages);
    }
}

/// <summary>One page of the set: where it is served and its expected facts (JSON values by API field name).</summary>
/// <summary>Split: <c>tuning</c>, <c>heldout</c> (written with the tuning pages, before tuning, never looked at) or <c>fresh</c> (written after tuning, never tuned on).</summary>
internal sealed record GoldPage(string Id, string Layout, string Path, string Split, IReadOnlyDictionary<string, JsonElement> Facts);

/// <summary>Compares one programme field with its gold value: sets for lists, numbers by value, text with collapsed spaces.</summary>
internal static class WholePageFields
{
    public static readonly string[] Scored =
    [
        "name", "funder", "level", "states", "applicants", "municipalitiesEligible", "ownShareMinPercent", "fundingRateMaxPercent",
        "deadlines", "deadlineType", "programmeEnd", "amountMinEur", "amountMaxEur", "status", "legalBasis",
    ];

    public static string? Actual(Programme? p, string field, DateOnly today) => p is null ? "(nicht gecrawlt)" : field switch
    {
        "name" => Text(p.Name),
        "funder" => Text(p.Funder),
        "level" => p.Level,
        "states" => Set(p.States),
        "applicants" => Set(p.Applicants),
        "municipalitiesEligible" => p.MunicipalitiesEligible?.ToString().ToLowerInvariant(),
        "ownShareMinPercent" => Number(p.OwnShareMinPercent),
        "fundingRateMaxPercent" => Number(p.FundingRateMaxPercent),
        "deadlines" => Set(p.Deadlines.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        "deadlineType" => p.DeadlineType,
        "programmeEnd" => p.ProgrammeEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "amountMinEur" => Number(p.AmountMinEur),
        "amountMaxEur" => Number(p.AmountMaxEur),
        "status" => ProgrammeTimeline.Status(p, today),
        "legalBasis" => Text(p.LegalBasis),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static string? Expected(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => Number(value.GetDecimal()),
        JsonValueKind.Array => Set(value.EnumerateArray().Select(v => v.GetString()!)),
        _ => Text(value.GetString()),
    };

    private static string? Text(string? text) => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Set(IEnumerable<string> values) => "[" + string.Join(", ", values.Order(StringComparer.Ordinal)) + "]";

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
