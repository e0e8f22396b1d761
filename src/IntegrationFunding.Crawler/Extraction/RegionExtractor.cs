using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Extracts the Länder a programme is limited to ("in Nordrhein-Westfalen", "NRW", "bayerische Kommunen",
/// "Fördergebiet: Hessen") or that it is nationwide ("bundesweit" → empty list). Contact sections and postal addresses
/// are ignored; text under a region label wins over prose.
/// </summary>
public sealed partial class RegionExtractor : IFactExtractor<RegionFacts?>
{
    public RegionFacts? Extract(string text, string label = "Text") => Extract(SourceSentences.From(text, label));

    public RegionFacts? Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var candidates = sentences.Where(s => s.Kind != SectionKind.Contact).ToList();
        var labelled = candidates.Where(s => s.Kind == SectionKind.Region).ToList();
        return Read(labelled) ?? Read(candidates.Where(s => s.Kind != SectionKind.Region).ToList());
    }

    private static RegionFacts? Read(List<SourceSentence> sentences)
    {
        var nationwide = sentences.FirstOrDefault(s => Nationwide().IsMatch(s.Text));
        if (nationwide is not null)
        {
            return new RegionFacts([], true, nationwide.ToEvidence());
        }

        var codes = new List<string>();
        SourceSentence? first = null;
        foreach (var sentence in sentences)
        {
            var found = StatePatterns.Find(sentence.Text);
            if (found.Count == 0)
            {
                continue;
            }

            first ??= sentence;
            codes.AddRange(found.Where(code => !codes.Contains(code)));
        }

        return first is null ? null : new RegionFacts(codes.Order(StringComparer.Ordinal).ToList(), false, first.ToEvidence());
    }

    [GeneratedRegex(@"bundesweit|deutschlandweit|im\s+gesamten\s+bundesgebiet|in\s+ganz\s+deutschland|aus\s+ganz\s+deutschland|überall\s+in\s+deutschland", RegexOptions.IgnoreCase)]
    private static partial Regex Nationwide();
}
