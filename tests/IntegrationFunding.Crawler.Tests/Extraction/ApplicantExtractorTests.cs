using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class ApplicantExtractorTests
{
    private static readonly string[] Municipalities = ["gemeinde", "stadt", "kreisfreie-stadt", "landkreis"];
    private readonly ApplicantExtractor _extractor = new();

    [Fact]
    public void Extract_KommunenLandkreiseKreisfreieStaedte_AllMunicipalKinds()
    {
        var facts = _extractor.Extract("Antragsberechtigt sind Kommunen, Landkreise und kreisfreie Städte.");

        Assert.Equal(Municipalities, facts.Applicants);
        Assert.True(facts.MunicipalitiesEligible);
    }

    [Fact]
    public void Extract_GebietskoerperschaftenNegated_NotEligible()
    {
        var facts = _extractor.Extract("Gebietskörperschaften sind nicht antragsberechtigt.");

        Assert.Empty(facts.Applicants);
        Assert.False(facts.MunicipalitiesEligible);
        Assert.NotNull(facts.MunicipalitiesEvidence);
    }

    [Fact]
    public void Extract_VereineAndMigrantenorganisationen_AreApplicants()
    {
        var facts = _extractor.Extract("Antragsteller können gemeinnützige Vereine und Migrantenorganisationen sein.");

        Assert.Equal(["verein", "migrantenorganisation"], facts.Applicants);
        Assert.Null(facts.MunicipalitiesEligible);
    }

    [Fact]
    public void Extract_KommunenAsPartners_AreNotApplicants()
    {
        var facts = _extractor.Extract("Antragsberechtigt sind Vereine. Kommunen können als Kooperationspartner beteiligt werden.");

        Assert.Equal(["verein"], facts.Applicants);
        Assert.False(facts.MunicipalitiesEligible);
    }

    [Fact]
    public void Extract_FoerderdatenbankLabel_MapsCodes()
    {
        var facts = _extractor.Extract("Kommune, Verband/Vereinigung", "Förderberechtigte");

        Assert.Equal([.. Municipalities, "verein", "wohlfahrtsverband"], facts.Applicants);
        Assert.True(facts.MunicipalitiesEligible);
    }

    [Fact]
    public void Extract_NegationCarriesOverList_ExcludesAll()
    {
        var facts = _extractor.Extract("Nicht antragsberechtigt sind Unternehmen, Privatpersonen und Kommunen.");

        Assert.Empty(facts.Applicants);
        Assert.False(facts.MunicipalitiesEligible);
    }

    [Fact]
    public void Extract_NoEligibilityStatement_ReturnsNothing()
    {
        var facts = _extractor.Extract("Die Kommunen im Land haben viele Geflüchtete aufgenommen.");

        Assert.Empty(facts.Applicants);
        Assert.Null(facts.MunicipalitiesEligible);
    }
}
