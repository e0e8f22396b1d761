using IntegrationFunding.Crawler.FdbCsv;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.TestKit;
using Xunit.Abstractions;

namespace IntegrationFunding.Crawler.Tests.FdbCsv;

/// <summary>
/// The measuring harness of issue 11 on the 278 real Förderdatenbank programmes: every row through the real
/// mapper and extractors, fill rates per field printed (docs/REALDATA.md records them), floors asserted.
/// </summary>
public sealed class RealSampleFillRateTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<FdbCsvCandidate>> Candidates =
        new(() => new FdbCsvStarterData(new FdbCsvProgrammeMapper(new ProgrammeFactExtractorAdapter())).Candidates());

    [Fact]
    public void AllRealProgrammes_FillRatesPerField()
    {
        var all = Candidates.Value.Select(c => c.Programme).ToList();
        var kept = Candidates.Value.Where(c => c.Relevance.Keep).Select(c => c.Programme).ToList();
        output.WriteLine(FillRates.Table("All real programmes", all));
        output.WriteLine(FillRates.Table("Kept as integration-relevant", kept));
        output.WriteLine($"evidence share (all): {FillRates.EvidenceShare(all):P1}");

        Assert.Equal(278, all.Count);
        Assert.All(all, p => Assert.NotNull(p.Attribution));
        Assert.Equal(1.0, FillRates.EvidenceShare(all));
        Assert.True(FillRates.Share(kept, FillRates.RateOrOwnShare) >= 0.6, $"rate or own share {FillRates.Share(kept, FillRates.RateOrOwnShare):P0}");
        Assert.True(FillRates.Share(kept, FillRates.DeadlineKnown) >= 0.6, $"deadline type {FillRates.Share(kept, FillRates.DeadlineKnown):P0}");
    }

    [Fact]
    public void Relevance_KeepsTheIntegrationProgrammes()
    {
        var kept = Candidates.Value.Count(c => c.Relevance.Keep);
        output.WriteLine($"kept {kept} of {Candidates.Value.Count}");
        foreach (var c in Candidates.Value)
        {
            output.WriteLine($"{(c.Relevance.Keep ? "KEEP" : "drop")} | {c.Programme.Id} | {c.Programme.Name} | {c.Relevance.Reason}");
        }

        Assert.InRange(kept, 100, 200);
    }
}
