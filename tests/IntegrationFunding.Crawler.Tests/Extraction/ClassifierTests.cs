using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class ClassifierTests
{
    private readonly TopicClassifier _topics = new();
    private readonly TargetGroupClassifier _targetGroups = new();

    [Fact]
    public void Classify_SpecificSynonym_AssignsTopicWithEvidence()
    {
        var topics = _topics.Classify("Gefördert werden Deutschkurse und Sprachmittlung für Geflüchtete.");

        var sprache = Assert.Single(topics);
        Assert.Equal("sprache", sprache.Id);
        Assert.Contains("Sprachmittlung", sprache.Evidence.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_FamilyOnlyInAddress_AssignsNothing()
    {
        var sentences = SourceSentences.From([
            new LabelledText("Kurztext", "Die Stiftung berichtet jährlich."),
            new LabelledText("Ansprechpunkt", "Ministerium für Kinder, Jugend und Familie, 40219 Düsseldorf"),
        ]);

        Assert.Empty(_topics.Classify(sentences));
        Assert.Empty(_targetGroups.Classify(sentences));
    }

    [Fact]
    public void Classify_GenericWordOnceOutsidePurpose_AssignsNothing()
    {
        Assert.Empty(_topics.Classify("Die Familie des Stifters gründete die Stiftung 1990."));
    }

    [Fact]
    public void Classify_NegatedSentence_IsIgnored()
    {
        Assert.Empty(_topics.Classify("Sprachkurse werden nicht gefördert."));
    }

    [Fact]
    public void Classify_CompoundWord_MatchesAtWordStart()
    {
        Assert.Contains(_topics.Classify("Unterstützt werden Integrationskursträger."), t => t.Id == "sprache");
        Assert.DoesNotContain(_topics.Classify("Unterstützt werden interkulturelle Feste."), t => t.Id == "kultur-sport-freizeit");
    }

    [Fact]
    public void Classify_TargetGroups_FromBeneficiaryWords()
    {
        var groups = _targetGroups.Classify("Das Projekt richtet Angebote an geflüchtete Frauen und ihre Familien.").Select(g => g.Id).ToList();

        Assert.Equal(["gefluechtete", "frauen", "familien"], groups);
    }
}
