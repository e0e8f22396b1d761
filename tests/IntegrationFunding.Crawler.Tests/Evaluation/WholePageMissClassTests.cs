using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Tests.Evaluation;

/// <summary>The whole-page evaluation site, crawled once for all miss-class tests.</summary>
public sealed class WholePageSite : IAsyncLifetime
{
    public IReadOnlyDictionary<string, Programme> Programmes { get; private set; } = new Dictionary<string, Programme>();

    public DateOnly Today { get; } = WholePageGold.Load().Today;

    public Programme Page(string id) =>
        Programmes.Values.SingleOrDefault(p => p.Url.EndsWith($"/{id}.html", StringComparison.Ordinal)) ?? throw new InvalidOperationException($"{id} nicht gecrawlt");

    public async Task InitializeAsync() => Programmes = await WholePageCrawl.RunAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// One whole-page test per miss class of issue 11, each on a tuning page of the evaluation set crawled through the
/// real crawler (CrawlService, YAML sources, loopback site). The expected value is the page's gold value.
/// </summary>
public sealed class WholePageMissClassTests(WholePageSite site) : IClassFixture<WholePageSite>
{
    [Theory]
    // Who may apply: negations, categories vs prose, municipal kinds, partners.
    [InlineData("negation 'können selbst keine Anträge stellen'", "fdb-04", "applicants", "[migrantenorganisation, verein, wohlfahrtsverband]")]
    [InlineData("negation 'können selbst keine Anträge stellen' → not eligible", "fdb-04", "municipalitiesEligible", "false")]
    [InlineData("negation 'nicht antragsberechtigt'", "press-02", "applicants", "[migrantenorganisation, religionsgemeinschaft, verein]")]
    [InlineData("'weder … noch'", "fdb-06", "applicants", "[gemeinde, gemeindeverband, kreisfreie-stadt, landkreis]")]
    [InlineData("category 'Kommune' does not widen a stated limit", "fdb-01", "applicants", "[kreisfreie-stadt, landkreis]")]
    [InlineData("category 'Kommune' does not widen a stated limit (Bayern)", "fdb-03", "applicants", "[kreisfreie-stadt, landkreis]")]
    [InlineData("'Städte/Kreise' and Zusammenschlüsse mehrerer Gemeinden", "fdb-08", "applicants", "[kommunaler-verbund, landkreis, stadt]")]
    [InlineData("'amtsfreie Gemeinden und Ämter'", "fdb-05", "applicants", "[gemeinde, gemeindeverband, kreisfreie-stadt, landkreis]")]
    [InlineData("Verbandsgemeinden", "press-05", "applicants", "[gemeindeverband, kreisfreie-stadt, landkreis]")]
    [InlineData("'kommunale Zusammenschlüsse und Zweckverbände'", "fdb-07", "applicants", "[kommunaler-verbund]")]
    [InlineData("partners are not applicants", "stiftung-05", "applicants", "[gemeinde, landkreis, stadt]")]
    [InlineData("partners are not applicants (English)", "eu-05", "applicants", "[gemeinde, hochschule, kreisfreie-stadt, landkreis, stadt, verein]")]
    [InlineData("municipalitiesEligible follows the applicants", "press-04", "municipalitiesEligible", "false")]
    // Own share and rate.
    [InlineData("rate stated → own share is the complement", "fdb-01", "ownShareMinPercent", "20")]
    [InlineData("own share stated → rate is the complement", "fdb-04", "fundingRateMaxPercent", "90")]
    [InlineData("number in words 'zehn Prozent'", "fdb-04", "ownShareMinPercent", "10")]
    [InlineData("'kein Eigenanteil'", "fdb-07", "ownShareMinPercent", "0")]
    [InlineData("'Vollfinanzierung'", "press-04", "fundingRateMaxPercent", "100")]
    [InlineData("'mindestens 20 %' in the Eigenanteil box", "stiftung-04", "ownShareMinPercent", "20")]
    [InlineData("Eigenanteil box is the own share, never the rate", "stiftung-01", "fundingRateMaxPercent", "90")]
    [InlineData("current rate wins over an old one", "press-03", "fundingRateMaxPercent", "80")]
    [InlineData("general rate wins over a conditional one", "press-08", "fundingRateMaxPercent", "60")]
    // Deadlines.
    [InlineData("periodic 'jährlich bis zum 31. Januar' → next occurrence", "fdb-01", "deadlines", "[2027-01-31]")]
    [InlineData("periodic 'jeweils bis zum 1. Oktober' → next occurrence", "fdb-04", "deadlines", "[2027-10-01]")]
    [InlineData("two periodic dates in a box → both next occurrences", "stiftung-03", "deadlines", "[2026-12-01, 2027-06-01]")]
    [InlineData("month-name date in a box", "press-01", "deadlines", "[2027-04-30]")]
    [InlineData("Interessenbekundung with a date", "fdb-02", "deadlines", "[2027-02-15]")]
    [InlineData("two-stage call", "fdb-07", "deadlines", "[2027-02-28, 2027-06-30]")]
    [InlineData("two-stage call (English table)", "eu-03", "deadlines", "[2027-03-04, 2027-09-23]")]
    [InlineData("Richtlinie end is programmeEnd, not a deadline", "fdb-03", "deadlines", "[]")]
    [InlineData("Richtlinie end is programmeEnd", "fdb-03", "programmeEnd", "2027-12-31")]
    [InlineData("end of the latest project is programmeEnd", "fdb-07", "programmeEnd", "2029-12-31")]
    [InlineData("opening date → upcoming", "fdb-08", "status", "upcoming")]
    [InlineData("opening date in an English table → upcoming", "eu-01", "status", "upcoming")]
    [InlineData("passed deadline → closed", "press-05", "deadlineType", "closed")]
    [InlineData("'Anträge können nicht mehr gestellt werden' → closed", "fdb-06", "deadlineType", "closed")]
    [InlineData("'Aufruf ist abgeschlossen' status line → closed", "press-05", "status", "closed")]
    [InlineData("status 'Closed' in an English table", "eu-04", "deadlineType", "closed")]
    [InlineData("rolling → open", "fdb-03", "status", "open")]
    [InlineData("rolling box 'laufend' → open", "stiftung-02", "status", "open")]
    // Funder, level, name, region.
    [InlineData("funder in the nominative (genitive in the prose)", "press-01", "funder", "Ministerium für Soziales, Gesundheit und Integration")]
    [InlineData("funder in the nominative with an adjective", "press-02", "funder", "Sächsisches Staatsministerium für Soziales, Gesundheit und gesellschaftlichen Zusammenhalt")]
    [InlineData("funder from a page element without a label", "stiftung-04", "funder", "Robert-Wanderer-Stiftung")]
    [InlineData("level from the page (Land programme on a Förderdatenbank page)", "fdb-05", "level", "land")]
    [InlineData("a press headline is not the programme name", "press-03", "name", "Willkommenskultur in den Ämtern")]
    [InlineData("Land only in the page header", "press-06", "states", "[DE-RP]")]
    // Amounts and legal basis.
    [InlineData("range 'zwischen 20.000 und 1,5 Mio. Euro'", "fdb-04", "amountMaxEur", "1500000")]
    [InlineData("range 'zwischen 20.000 und 1,5 Mio. Euro' (minimum)", "fdb-04", "amountMinEur", "20000")]
    [InlineData("alternatives '10.000 oder 25.000 Euro'", "fdb-05", "amountMinEur", "10000")]
    [InlineData("fund budget is not a per-project amount", "stiftung-04", "amountMaxEur", "80000")]
    [InlineData("call budget is not a per-project amount", "fdb-02", "amountMaxEur", "25000")]
    [InlineData("Richtlinie read where the page states it", "press-08", "legalBasis", "Richtlinie Integration im ländlichen Raum vom 03.06.2025")]
    public void MissClass_WholePage_ExtractedRight(string missClass, string page, string field, string expected)
    {
        var actual = WholePageFields.Actual(site.Page(page), field, site.Today);
        Assert.True(expected == actual, $"{missClass} ({page} {field}): erwartet {expected}, erhalten {actual ?? "null"}");
    }

    [Theory]
    [InlineData("fdb-01", "ownShareMinPercent", "80 Prozent")]
    [InlineData("fdb-04", "fundingRateMaxPercent", "zehn Prozent")]
    [InlineData("fdb-01", "deadlines", "31. Januar")]
    public void DerivedValue_EvidenceQuotesTheSentenceAndSaysItIsDerived(string page, string field, string quoted)
    {
        var evidence = site.Page(page).Evidence[field];
        Assert.Contains(quoted, evidence.Quote, StringComparison.Ordinal);
        Assert.Contains(ShareComplement.DerivedMarker, evidence.SourceField, StringComparison.Ordinal);
    }

    [Fact]
    public void StatedValue_EvidenceIsNotMarkedDerived()
    {
        var evidence = site.Page("fdb-04").Evidence["ownShareMinPercent"];
        Assert.Contains("zehn Prozent", evidence.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(ShareComplement.DerivedMarker, evidence.SourceField ?? "", StringComparison.Ordinal);
    }
}
