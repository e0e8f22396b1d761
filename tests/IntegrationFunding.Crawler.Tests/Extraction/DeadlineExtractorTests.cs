using IntegrationFunding.Crawler.Extraction;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class DeadlineExtractorTests
{
    private readonly DeadlineExtractor _extractor = new();

    [Theory]
    [InlineData("Anträge sind bis zum 31.03.2027 einzureichen.", "2027-03-31")]
    [InlineData("Anträge sind bis zum 31. März 2027 einzureichen.", "2027-03-31")]
    [InlineData("Die Antragsfrist endet am Mittwoch, 15. Oktober 2026.", "2026-10-15")]
    [InlineData("Bewerbungen bis 2026-10-15 an die Stiftung.", "2026-10-15")]
    public void Extract_DatedDeadline_IsFixed(string text, string date)
    {
        var facts = _extractor.Extract(text);

        Assert.Equal(DeadlineTypes.Fixed, facts.DeadlineType);
        Assert.Equal([DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)], facts.Deadlines);
        Assert.Equal(text, facts.DeadlinesEvidence?.Quote);
    }

    [Fact]
    public void Extract_YearGivenOnce_AppliesToBothDates()
    {
        var facts = _extractor.Extract("Stichtage: 31. Januar und 31. Juli 2027", "Fristen");

        Assert.Equal([new DateOnly(2027, 1, 31), new DateOnly(2027, 7, 31)], facts.Deadlines);
    }

    [Fact]
    public void Extract_YearlyDateWithoutYear_IsPeriodicWithoutDates()
    {
        var facts = _extractor.Extract("Anträge sind jährlich zum 30. April zu stellen.");

        Assert.Equal(DeadlineTypes.Periodic, facts.DeadlineType);
        Assert.Empty(facts.Deadlines);
    }

    [Theory]
    [InlineData("Anträge können laufend gestellt werden.")]
    [InlineData("Der Antrag kann jederzeit gestellt werden.")]
    [InlineData("Anträge können fortlaufend gestellt werden.")]
    public void Extract_RollingWording_IsRolling(string text)
    {
        Assert.Equal(DeadlineTypes.Rolling, _extractor.Extract(text).DeadlineType);
    }

    [Fact]
    public void Extract_LaufendesKalenderjahr_IsNotRolling()
    {
        Assert.NotEqual(DeadlineTypes.Rolling, _extractor.Extract("Anträge für Projekte im laufenden Kalenderjahr sind einzureichen.").DeadlineType);
    }

    [Fact]
    public void Extract_EndedCall_IsClosedWithHistory()
    {
        var facts = _extractor.Extract("Die Antragsfrist endete am 30.06.2024.");

        Assert.Equal(DeadlineTypes.Closed, facts.DeadlineType);
        Assert.Equal([new DateOnly(2024, 6, 30)], facts.Deadlines);
    }

    [Fact]
    public void Extract_CallEndedWithoutDate_IsClosed()
    {
        Assert.Equal(DeadlineTypes.Closed, _extractor.Extract("Der Förderaufruf ist beendet.").DeadlineType);
    }

    [Fact]
    public void Extract_ProgrammeEndNextToDeadline_SeparatesThem()
    {
        var facts = _extractor.Extract("Das Programm läuft bis 31.12.2027; Anträge sind bis zum 30.06.2026 einzureichen.");

        Assert.Equal([new DateOnly(2026, 6, 30)], facts.Deadlines);
        Assert.Equal(new DateOnly(2027, 12, 31), facts.ProgrammeEnd);
        Assert.Null(facts.ProgrammeStart);
    }

    [Fact]
    public void Extract_YearOnlyProgrammePeriod_GivesNoDates()
    {
        var facts = _extractor.Extract("Laufzeit 2024 bis 2027.");

        Assert.Null(facts.ProgrammeStart);
        Assert.Null(facts.ProgrammeEnd);
        Assert.Equal(DeadlineTypes.Unknown, facts.DeadlineType);
    }

    [Fact]
    public void Extract_ProjectPeriod_IsNotADeadline()
    {
        var facts = _extractor.Extract("Der Projektzeitraum endet spätestens am 31.12.2028.", "Fristen");

        Assert.Empty(facts.Deadlines);
        Assert.Null(facts.ProgrammeEnd);
    }

    [Fact]
    public void Extract_TwoStageCall_ListsBothDeadlines()
    {
        var facts = _extractor.Extract("Skizzen sind bis 15.01.2027 einzureichen, Vollanträge bis 30.04.2027.");

        Assert.Equal([new DateOnly(2027, 1, 15), new DateOnly(2027, 4, 30)], facts.Deadlines);
        Assert.Equal(DeadlineTypes.Fixed, facts.DeadlineType);
    }

    [Fact]
    public void Extract_GuidelineDateAndStartDate_AreNotDeadlines()
    {
        var facts = _extractor.Extract("Richtlinie vom 04.11.2024. Anträge für Projekte, die ab dem 01.01.2027 beginnen, sind bis 30.09.2026 einzureichen.");

        Assert.Equal([new DateOnly(2026, 9, 30)], facts.Deadlines);
    }

    [Fact]
    public void Extract_NothingAboutApplying_IsUnknown()
    {
        var facts = _extractor.Extract("Die Stiftung wurde am 1. Januar 1990 gegründet.");

        Assert.Equal(DeadlineTypes.Unknown, facts.DeadlineType);
        Assert.Empty(facts.Deadlines);
    }
}
