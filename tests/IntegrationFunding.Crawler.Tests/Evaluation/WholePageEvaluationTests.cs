using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace IntegrationFunding.Crawler.Tests.Evaluation;

/// <summary>
/// The whole-page evaluation (tests/data/whole-pages): 44 unseen pages in four layouts are crawled through the real
/// crawler (CrawlService, YAML sources, list paging) from a loopback site and every scored field is compared with the
/// gold file. Per-field exactness is printed for the tuning, the held-out and the fresh part (pages written after
/// tuning); misses are listed for the tuning and the fresh part only, so the held-out pages stay unseen.
/// </summary>
public sealed class WholePageEvaluationTests(ITestOutputHelper output)
{
    /// <summary>The target of issue 11: at least 95 % of the scored fields exact, on both parts.</summary>
    private const double TuningFloor = 0.95;
    private const double HeldOutFloor = 0.95;

    /// <summary>The fresh set was scored once after tuning; this floor is that first figure rounded down (a regression guard, not a target).</summary>
    private const double FreshFloor = 0.92;

    [Fact]
    public async Task WholePages_ThroughTheCrawler_ExactnessPerField()
    {
        var gold = WholePageGold.Load();
        var byPath = await WholePageCrawl.RunAsync();

        var tuning = new Score();
        var heldOut = new Score();
        var fresh = new Score();
        foreach (var page in gold.Pages)
        {
            var programme = byPath.GetValueOrDefault(page.Path);
            foreach (var field in WholePageFields.Scored.Where(page.Facts.ContainsKey))
            {
                var expected = WholePageFields.Expected(page.Facts[field]);
                var actual = WholePageFields.Actual(programme, field, gold.Today);
                (page.Split switch { "heldout" => heldOut, "fresh" => fresh, _ => tuning }).Add(page, field, expected == actual, $"{page.Id} {field}: erwartet {expected ?? "null"}, erhalten {actual ?? "null"}");
            }
        }

        var report = new StringBuilder();
        report.AppendLine(tuning.Table("Tuning set")).AppendLine(heldOut.Table("Held-out set")).AppendLine(fresh.Table("Fresh set (written after tuning)"));
        report.AppendLine("Misses (tuning set):").AppendLine(string.Join(Environment.NewLine, tuning.Misses));
        report.AppendLine("Misses (fresh set, reported, not tuned on):").AppendLine(string.Join(Environment.NewLine, fresh.Misses));
        output.WriteLine(report.ToString());
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "whole-page-scores.md"), report.ToString());
        Assert.True(tuning.Overall >= TuningFloor, $"tuning exactness {tuning.Overall:P1} below {TuningFloor:P0}");
        Assert.True(heldOut.Overall >= HeldOutFloor, $"held-out exactness {heldOut.Overall:P1} below {HeldOutFloor:P0}");
        Assert.True(fresh.Overall >= FreshFloor, $"fresh-set exactness {fresh.Overall:P1} below {FreshFloor:P0}");
    }

    private sealed class Score
    {
        private readonly Dictionary<string, (int Exact, int Total)> _fields = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Exact, int Total)> _layouts = new(StringComparer.Ordinal);

        public List<string> Misses { get; } = [];

        public double Overall => (double)_fields.Values.Sum(v => v.Exact) / Math.Max(1, _fields.Values.Sum(v => v.Total));

        public void Add(GoldPage page, string field, bool exact, string miss)
        {
            Count(_fields, field, exact);
            Count(_layouts, page.Layout, exact);
            if (!exact)
            {
                Misses.Add(miss);
            }
        }

        public string Table(string title)
        {
            var table = new StringBuilder($"{title}\n| field / layout | exact | of |\n|---|---:|---:|\n");
            foreach (var (key, (exact, total)) in _fields.Concat(_layouts))
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| {key} | {exact} | {total} |");
            }

            table.AppendLine(CultureInfo.InvariantCulture, $"| **overall** | {_fields.Values.Sum(v => v.Exact)} | {_fields.Values.Sum(v => v.Total)} ({Overall:P1}) |");
            return table.ToString();
        }

        private static void Count(Dictionary<string, (int Exact, int Total)> counts, string key, bool exact)
        {
            var (e, t) = counts.GetValueOrDefault(key);
            counts[key] = (e + (exact ? 1 : 0), t + 1);
        }
    }
}
