using IntegrationFunding.Crawler.Extraction;
using IntegrationFunding.Crawler.Extraction.Conditions;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Domain.Programmes.Conditions;

namespace IntegrationFunding.Crawler.Tests.Extraction.Conditions;

/// <summary>Programme conditions from German prose, each with its source sentence.</summary>
public sealed class ConditionExtractorTests
{
    [Theory]
    [InlineData("Antragsberechtigt sind Gemeinden mit mindestens 10.000 Einwohnern.", "gemeinde", 10000, null)]
    [InlineData("Kleinere hessische Kommunen mit 10.000 bis 50.000 Einwohnern erarbeiten eine Strategie.", "", 10000, 50000)]
    [InlineData("Beteiligen können sich Kommunen unter 50.000 Einwohnern.", "", null, 49999)]
    [InlineData("Gefördert werden Initiativen in Gemeinden bis 20.000 Einwohner.", "gemeinde", null, 20000)]
    [InlineData("Der Aufruf steht Städten ab 25.000 Einwohnern offen.", "stadt,kreisfreie-stadt", 25000, null)]
    [InlineData("Landkreise mit mehr als 100.000 Einwohnern erhalten einen Zuschlag.", "landkreis", 100001, null)]
    public void Extract_PopulationLimit_KindsAndBounds(string sentence, string kinds, int? min, int? max)
    {
        var conditions = ConditionExtractor.Extract(SourceSentences.From(sentence, "Zuwendungsempfänger"));

        var limit = Assert.Single(conditions.Population);
        Assert.Equal(kinds.Length == 0 ? [] : kinds.Split(','), limit.Kinds);
        Assert.Equal(min, limit.Min);
        Assert.Equal(max, limit.Max);
        Assert.Equal(sentence, limit.Evidence!.Quote);
        Assert.Equal("Zuwendungsempfänger", limit.Evidence.SourceField);
    }

    [Theory]
    [InlineData("Die Förderquote beträgt bis zu 80 %, für Kommunen in Haushaltssicherung bis zu 90 %.", ConditionFacts.BudgetConsolidation, 10)]
    [InlineData("Finanzschwache Kommunen tragen einen Eigenanteil von nur 5 Prozent.", ConditionFacts.BudgetConsolidation, 5)]
    [InlineData("In strukturschwachen Regionen steigt die Förderung auf 95 %.", ConditionFacts.StructurallyWeak, 5)]
    public void Extract_OwnShareReduction_TiedToItsFact(string sentence, string fact, decimal ownShare)
    {
        var conditions = ConditionExtractor.Extract(SourceSentences.From(sentence, "Förderhöhe"));

        var reduction = Assert.Single(conditions.OwnShareReductions);
        Assert.Equal(fact, reduction.Fact);
        Assert.Equal(ownShare, reduction.OwnShareMinPercent);
        Assert.Equal(sentence, reduction.Evidence!.Quote);
    }

    [Theory]
    [InlineData("Die Gemeinde hat 12.000 Einwohner und liegt am Rhein.")]
    [InlineData("Gefördert werden bis zu 80 % der Ausgaben.")]
    [InlineData("Kommunen in Haushaltssicherung werden besonders beraten.")]
    public void Extract_NoCondition_GivesNone(string sentence)
    {
        Assert.True(ConditionExtractor.Extract(SourceSentences.From(sentence)).IsEmpty);
    }

    [Fact]
    public void Adapter_PageSections_CarryConditionsIntoPageFacts()
    {
        var facts = new ProgrammeFactExtractorAdapter().Extract(
        [
            new PageSection("Wer wird gefördert?", "Antragsberechtigt sind Gemeinden mit mindestens 10.000 Einwohnern."),
            new PageSection("Förderhöhe", "Bis zu 80 %, für Kommunen in Haushaltssicherung bis zu 90 %."),
        ]);

        Assert.Equal(10000, Assert.Single(facts.Conditions.Population).Min);
        Assert.Equal(10m, Assert.Single(facts.Conditions.OwnShareReductions).OwnShareMinPercent);
    }
}
