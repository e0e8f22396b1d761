using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegrationFunding.Crawler.Extraction;
using Xunit.Abstractions;

namespace IntegrationFunding.Crawler.Tests.Extraction.Passages;

public sealed class PassageTests(ITestOutputHelper output)
{
    private const double RequiredExactness = 0.95;
    private static readonly ProgrammeFactExtractor Extractor = new();

    public static TheoryData<string> PassageIds()
    {
        var data = new TheoryData<string>();
        foreach (var passage in PassageCorpus.All)
        {
            data.Add(passage.Id);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasEnoughPassages_WithEveryFieldExpected()
    {
        Assert.True(PassageCorpus.All.Count >= 60, $"only {PassageCorpus.All.Count} passages");
        Assert.Equal(PassageCorpus.All.Count, PassageCorpus.All.Select(p => p.Id).Distinct().Count());
        foreach (var passage in PassageCorpus.All)
        {
            Assert.All(PassageCorpus.Fields, field => Assert.True(passage.Expected.ContainsKey(field), $"{passage.Id}: {field} missing"));
        }
    }

    [Theory]
    [MemberData(nameof(PassageIds))]
    public void Passage_Extracted_MatchesExpectedFacts(string id)
    {
        var passage = PassageCorpus.Get(id);
        var facts = Extractor.Extract(passage.Sections);
        var wrong = PassageCorpus.Fields
            .Select(field => (field, result: FieldComparison.Compare(field, passage.Expected[field], facts)))
            .Where(x => !x.result.Exact)
            .Select(x => $"{x.field}: expected {JsonSerializer.Serialize(passage.Expected[x.field])}, got {x.result.Actual}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{id}:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    [Fact]
    public void Passages_AllFields_ExactnessAtLeast95Percent()
    {
        var exact = PassageCorpus.Fields.ToDictionary(f => f, _ => 0);
        var misses = new List<string>();
        foreach (var passage in PassageCorpus.All)
        {
            var facts = Extractor.Extract(passage.Sections);
            foreach (var field in PassageCorpus.Fields)
            {
                var (ok, actual) = FieldComparison.Compare(field, passage.Expected[field], facts);
                exact[field] += ok ? 1 : 0;
                if (!ok)
                {
                    misses.Add($"{passage.Id} {field}: expected {JsonSerializer.Serialize(passage.Expected[field])}, got {actual}");
                }
            }
        }

        var count = PassageCorpus.All.Count;
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| field | exact | of | exactness |");
        table.AppendLine("|---|---:|---:|---:|");
        foreach (var field in PassageCorpus.Fields)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {field} | {exact[field]} | {count} | {(double)exact[field] / count:P1} |");
        }

        var overall = (double)exact.Values.Sum() / (count * PassageCorpus.Fields.Count);
        table.AppendLine(CultureInfo.InvariantCulture, $"| **overall** | {exact.Values.Sum()} | {count * PassageCorpus.Fields.Count} | {overall:P1} |");
        output.WriteLine(table.ToString());
        output.WriteLine(string.Join(Environment.NewLine, misses));
        Assert.True(overall >= RequiredExactness, $"overall field exactness {overall:P1} < {RequiredExactness:P0}");
    }
}
