using IntegrationFunding.Crawler.Extraction;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class ProgrammeFactExtractorTests
{
    private readonly ProgrammeFactExtractor _extractor = new();

    [Fact]
    public void Extract_LabelledPage_FillsFieldsWithEvidenceKeyedByApiName()
    {
        var facts = _extractor.Extract([
            new LabelledText("Förderberechtigte", "Kommune"),
            new LabelledText("Fördergebiet", "Hessen"),
            new LabelledText("Förderhöhe", "Bis zu 80 %, für Kommunen in Haushaltssicherung bis zu 90 %. Höchstens 25.000 Euro je Projekt."),
            new LabelledText("Antragsfrist", "31.03.2027"),
        ]);

        Assert.Equal(80m, facts.FundingRateMaxPercent);
        Assert.Contains("Haushaltssicherung", facts.OwnShareNote, StringComparison.Ordinal);
        Assert.Null(facts.OwnShareMinPercent);
        Assert.Equal(25000m, facts.AmountMaxEur);
        Assert.Equal(DeadlineTypes.Fixed, facts.DeadlineType);
        Assert.Equal([new DateOnly(2027, 3, 31)], facts.Deadlines);
        Assert.Equal(["DE-HE"], facts.States);
        Assert.True(facts.MunicipalitiesEligible);
        Assert.Equal("Antragsfrist", facts.Evidence["deadlines"].SourceField);
        Assert.Equal("Förderberechtigte", facts.Evidence["applicants"].SourceField);
        Assert.Contains("fundingRateMaxPercent", facts.Evidence.Keys);
        Assert.Contains("ownShareNote", facts.Evidence.Keys);
    }

    [Fact]
    public void Extract_EmptyPage_AllNull()
    {
        var facts = _extractor.Extract([new LabelledText("Kurztext", "Hier steht nichts Konkretes.")]);

        Assert.Null(facts.FundingRateMaxPercent);
        Assert.Null(facts.DeadlineType);
        Assert.Null(facts.Deadlines);
        Assert.Null(facts.States);
        Assert.Null(facts.Applicants);
        Assert.Null(facts.Topics);
        Assert.Empty(facts.Evidence);
    }

    [Theory]
    [InlineData("Antragsfrist", SectionKind.Deadlines)]
    [InlineData("FRISTEN:", SectionKind.Deadlines)]
    [InlineData("Foerderberechtigte:", SectionKind.Applicants)]
    [InlineData("Wer wird gefördert?", SectionKind.Applicants)]
    [InlineData("Art und Umfang der Förderung", SectionKind.Amounts)]
    [InlineData("Fördergebiet", SectionKind.Region)]
    [InlineData("Ansprechpunkt", SectionKind.Contact)]
    [InlineData("Kurztext", SectionKind.General)]
    public void Classify_Label_CaseAndUmlautInsensitive(string label, SectionKind kind)
    {
        Assert.Equal(kind, SectionLabels.Classify(label));
    }
}
