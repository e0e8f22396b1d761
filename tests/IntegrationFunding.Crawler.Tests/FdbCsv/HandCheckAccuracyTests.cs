using System.Globalization;
using IntegrationFunding.Crawler.FdbCsv;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.TestKit;
using Xunit.Abstractions;

namespace IntegrationFunding.Crawler.Tests.FdbCsv;

/// <summary>
/// Accuracy of relevance, funding rate and deadline type on the 30 hand-checked real programmes
/// (<c>tests/data/fdb-csv/hand-check.tsv</c>, written before the comparison), dev and held-out apart.
/// </summary>
public sealed class HandCheckAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void HandCheckedSample_AccuracyPerSplit()
    {
        var gold = File.ReadAllLines(RepositoryPaths.InTestData("fdb-csv", "hand-check.tsv"))
            .Where(l => !l.StartsWith('#') && !l.StartsWith("id_url", StringComparison.Ordinal) && l.Length > 0)
            .Select(l => l.Split('\t')).ToList();
        var candidates = new FdbCsvStarterData(new FdbCsvProgrammeMapper(new ProgrammeFactExtractorAdapter())).Candidates()
            .ToDictionary(c => c.Row.IdUrl, StringComparer.Ordinal);
        Assert.Equal(30, gold.Count);

        foreach (var split in new[] { "dev", "heldout" })
        {
            int keepRight = 0, keepAll = 0, rateRight = 0, rateAll = 0, deadlineRight = 0, deadlineAll = 0;
            foreach (var row in gold.Where(g => g[4] == split))
            {
                var c = candidates[row[0]];
                keepAll++;
                keepRight += (c.Relevance.Keep ? "yes" : "no") == row[1] ? 1 : 0;
                if (row[2] != "-")
                {
                    rateAll++;
                    rateRight += c.Programme.FundingRateMaxPercent == decimal.Parse(row[2], CultureInfo.InvariantCulture) ? 1 : 0;
                }

                if (row[3] != "-")
                {
                    deadlineAll++;
                    deadlineRight += c.Programme.DeadlineType == row[3] ? 1 : 0;
                }

                output.WriteLine($"{split} | {row[0]} | keep {(c.Relevance.Keep ? "yes" : "no")}/{row[1]} | rate {c.Programme.FundingRateMaxPercent?.ToString(CultureInfo.InvariantCulture) ?? "null"}/{row[2]} | deadline {c.Programme.DeadlineType}/{row[3]}");
            }

            output.WriteLine($"{split}: relevance {keepRight}/{keepAll}, rate {rateRight}/{rateAll}, deadline type {deadlineRight}/{deadlineAll}");
            Assert.True(keepRight >= keepAll * 0.6, $"{split}: relevance right for only {keepRight}/{keepAll}");
        }
    }
}
