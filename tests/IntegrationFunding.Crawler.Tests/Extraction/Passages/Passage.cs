using System.Text.Json;
using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction.Passages;

/// <summary>A hand-written German programme text with the facts a careful reader takes from it.</summary>
public sealed record Passage(string Id, IReadOnlyList<LabelledText> Sections, IReadOnlyDictionary<string, JsonElement> Expected);

public static class PassageCorpus
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "fundingRateMaxPercent", "ownShareMinPercent", "ownShareNote", "amountMinEur", "amountMaxEur", "deadlineType",
        "deadlines", "programmeStart", "programmeEnd", "applicants", "municipalitiesEligible", "states", "topics", "targetGroups",
    ];

    private static readonly Lazy<IReadOnlyList<Passage>> Loaded = new(() => Load("passages.json"));

    public static IReadOnlyList<Passage> All => Loaded.Value;

    public static Passage Get(string id) => All.Single(p => p.Id == id);

    /// <summary>Reads a passage file copied beside the tests (Extraction/Passages/<paramref name="fileName"/>).</summary>
    public static List<Passage> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extraction", "Passages", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(element => new Passage(
            element.GetProperty("id").GetString()!,
            element.GetProperty("sections").EnumerateArray()
                .Select(s => new LabelledText(s.GetProperty("label").GetString()!, s.GetProperty("text").GetString()!))
                .ToList(),
            element.GetProperty("expected").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()))).ToList();
    }
}
