using System.Globalization;
using System.Text.Json;
using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction.Passages;

/// <summary>
/// Compares one extracted field with a passage's expectation. Lists compare as sets (an empty expectation also
/// accepts null, except for states where [] means nationwide); ownShareNote expects null or a phrase the note contains.
/// </summary>
public static class FieldComparison
{
    public static (bool Exact, string Actual) Compare(string field, JsonElement expected, ExtractedFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return field switch
        {
            "fundingRateMaxPercent" => Number(expected, facts.FundingRateMaxPercent),
            "ownShareMinPercent" => Number(expected, facts.OwnShareMinPercent),
            "amountMinEur" => Number(expected, facts.AmountMinEur),
            "amountMaxEur" => Number(expected, facts.AmountMaxEur),
            "ownShareNote" => Note(expected, facts.OwnShareNote),
            "deadlineType" => Text(expected, facts.DeadlineType),
            "programmeStart" => Text(expected, Iso(facts.ProgrammeStart)),
            "programmeEnd" => Text(expected, Iso(facts.ProgrammeEnd)),
            "municipalitiesEligible" => Text(expected, facts.MunicipalitiesEligible?.ToString().ToLowerInvariant()),
            "deadlines" => Set(expected, facts.Deadlines?.Select(d => Iso(d)!).ToList(), emptyIsNull: true),
            "applicants" => Set(expected, facts.Applicants, emptyIsNull: true),
            "topics" => Set(expected, facts.Topics, emptyIsNull: true),
            "targetGroups" => Set(expected, facts.TargetGroups, emptyIsNull: true),
            "states" => Set(expected, facts.States, emptyIsNull: false),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown field"),
        };
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (bool, string) Number(JsonElement expected, decimal? actual)
    {
        var text = actual?.ToString(CultureInfo.InvariantCulture) ?? "null";
        return expected.ValueKind == JsonValueKind.Null ? (actual is null, text) : (actual == expected.GetDecimal(), text);
    }

    private static (bool, string) Text(JsonElement expected, string? actual)
    {
        var wanted = expected.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => expected.GetString(),
        };
        return (wanted == actual, actual ?? "null");
    }

    private static (bool, string) Note(JsonElement expected, string? actual) =>
        expected.ValueKind == JsonValueKind.Null
            ? (actual is null, actual ?? "null")
            : (actual is not null && actual.Contains(expected.GetString()!, StringComparison.Ordinal), actual ?? "null");

    private static (bool, string) Set(JsonElement expected, IReadOnlyList<string>? actual, bool emptyIsNull)
    {
        var text = actual is null ? "null" : "[" + string.Join(", ", actual.Order(StringComparer.Ordinal)) + "]";
        if (expected.ValueKind == JsonValueKind.Null)
        {
            return (actual is null, text);
        }

        var wanted = expected.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
        if (actual is null)
        {
            return (emptyIsNull && wanted.Count == 0, text);
        }

        return (wanted.SetEquals(actual), text);
    }
}
