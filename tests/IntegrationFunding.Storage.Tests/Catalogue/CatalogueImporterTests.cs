using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Storage.Catalogue;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Storage.Tests.Catalogue;

public sealed class CatalogueImporterTests
{
    /// <summary>A valid catalogue entry (also the base of <see cref="CatalogueConditionsTests"/>).</summary>
    internal const string ValidEntry = """
        - id: land-nw-test-programm
          name: Testprogramm
          funder: Land NRW
          level: land
          states: [DE-NW]
          url: https://example.org/p
          topics: [sprache]
          target_groups: []
          applicants: [verein]
          funding_type: zuschuss
          funding_rate_max_percent: 80
          own_share_min_percent: 20
          own_share_note: null
          amount_min_eur: null
          amount_max_eur: 5000
          programme_start: null
          programme_end: null
          project_duration_max_months: null
          deadline_type: fixed
          deadlines: ['2027-03-31']
          legal_basis: null
          summary_de: Ein Test.
          source_urls: [https://example.org/p]
          facts_as_of: null
          status: active
        """;

    [Fact]
    public async Task ImportStarterIfEmpty_EmptyDatabase_ImportsAllStarterProgrammes()
    {
        using var db = new TestDatabase();

        var result = await db.Importer.ImportStarterIfEmptyAsync();

        Assert.NotNull(result);
        Assert.Equal(154, result.New);
        Assert.Equal(154, await db.Store.CountAsync());
        var kim = await db.Store.GetAsync("land-nw-kommunales-integrationsmanagement-kim");
        Assert.NotNull(kim);
        Assert.Equal(["DE-NW"], kim.States);
        Assert.True(kim.MunicipalitiesEligible);
    }

    [Fact]
    public async Task ImportStarterIfEmpty_SecondCall_DoesNothing()
    {
        using var db = new TestDatabase();
        await db.Importer.ImportStarterIfEmptyAsync();

        Assert.Null(await db.Importer.ImportStarterIfEmptyAsync());
    }

    [Fact]
    public async Task ImportFile_SameFileTwice_RecordsNoChangesTheSecondTime()
    {
        using var db = new TestDatabase();
        var file = Path.Combine(db.Directory, "one.yaml");
        await File.WriteAllTextAsync(file, ValidEntry);

        var first = await db.Importer.ImportFileAsync(file);
        var second = await db.Importer.ImportFileAsync(file);

        Assert.Equal(1, first.New);
        Assert.Equal((0, 0, 1), (second.New, second.Changed, second.Unchanged));
    }

    [Fact]
    public async Task ImportFile_DeadlineMoved_RecordsOneChangeNamingDeadlines()
    {
        using var db = new TestDatabase();
        var file = Path.Combine(db.Directory, "one.yaml");
        await File.WriteAllTextAsync(file, ValidEntry);
        await db.Importer.ImportFileAsync(file);
        await File.WriteAllTextAsync(file, ValidEntry.Replace("2027-03-31", "2027-04-30", StringComparison.Ordinal));

        var result = await db.Importer.ImportFileAsync(file);

        var change = Assert.Single(result.Events);
        Assert.Equal(ChangeKinds.Changed, change.Kind);
        var field = Assert.Single(change.Fields);
        Assert.Equal(("deadlines", "2027-03-31", "2027-04-30"), (field.Field, field.OldValue, field.NewValue));
    }

    [Theory]
    [InlineData("topics: [sprache]", "topics: [sprache, kochen]", "topics", "kochen")]
    [InlineData("deadlines: ['2027-03-31']", "deadlines: ['2027-02-30']", "deadlines", "2027-02-30")]
    [InlineData("own_share_min_percent: 20", "own_share_min_percent: 120", "own_share_min_percent", "120")]
    [InlineData("level: land", "level: planet", "level", "planet")]
    [InlineData("url: https://example.org/p", "url: javascript:alert(1)", "url", "javascript")]
    public async Task ImportFile_InvalidEntry_NamesFileEntryAndFieldAndChangesNothing(string valid, string invalid, string field, string value)
    {
        using var db = new TestDatabase();
        var file = Path.Combine(db.Directory, "bad.yaml");
        var secondEntry = ValidEntry.Replace("land-nw-test-programm", "land-nw-zweites", StringComparison.Ordinal)
            .Replace(valid, invalid, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, ValidEntry + "\n" + secondEntry);

        var error = await Assert.ThrowsAsync<CatalogueValidationException>(() => db.Importer.ImportFileAsync(file));

        var message = Assert.Single(error.Errors).ToString();
        Assert.Contains("bad.yaml", message, StringComparison.Ordinal);
        Assert.Contains("Eintrag 2", message, StringComparison.Ordinal);
        Assert.Contains($"Feld \"{field}\"", message, StringComparison.Ordinal);
        Assert.Contains(value, message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Store.CountAsync());
    }

    [Fact]
    public async Task ImportFile_DuplicateId_IsRejected()
    {
        using var db = new TestDatabase();
        var file = Path.Combine(db.Directory, "dup.yaml");
        await File.WriteAllTextAsync(file, ValidEntry + "\n" + ValidEntry);

        var error = await Assert.ThrowsAsync<CatalogueValidationException>(() => db.Importer.ImportFileAsync(file));

        Assert.Contains("doppelt", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Store.CountAsync());
    }

    [Fact]
    public async Task ImportFile_NotYaml_ReportsLine()
    {
        using var db = new TestDatabase();
        var file = Path.Combine(db.Directory, "broken.yaml");
        await File.WriteAllTextAsync(file, "- id: a\n  name: [unclosed\n");

        var error = await Assert.ThrowsAsync<CatalogueValidationException>(() => db.Importer.ImportFileAsync(file));

        Assert.StartsWith("broken.yaml:", error.Message, StringComparison.Ordinal);
    }
}
