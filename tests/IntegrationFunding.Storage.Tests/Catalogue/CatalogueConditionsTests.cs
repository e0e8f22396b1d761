using IntegrationFunding.Domain.Programmes.Conditions;
using IntegrationFunding.Storage.Catalogue;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Storage.Tests.Catalogue;

/// <summary>The catalogue field <c>conditions</c>: imported with evidence, refused with field and line when invalid.</summary>
public sealed class CatalogueConditionsTests
{
    private static readonly string Entry = CatalogueImporterTests.ValidEntry
        .Replace("land-nw-test-programm", "land-he-test-programm", StringComparison.Ordinal)
        .Replace("applicants: [verein]", "applicants: [gemeinde, stadt]", StringComparison.Ordinal)
        .TrimEnd() + "\n" + """
          conditions:
            population:
            - kinds: [gemeinde]
              min: 10000
              or_fact: strukturschwach
              evidence: Gemeinden mit mindestens 10.000 Einwohnern oder strukturschwache Gemeinden.
            area:
              units:
              - ags: '06531'
                name: Landkreis Gießen
              evidence: Nur im Landkreis Gießen.
            own_share_reductions:
            - fact: haushaltssicherung
              own_share_min_percent: 10
              evidence: Kommunen in der Haushaltssicherung tragen 10 %.
        """;

    [Fact]
    public async Task ImportFile_Conditions_AreStoredWithEvidence()
    {
        using var db = new TestDatabase();
        var file = Path.Combine(db.Directory, "conditions.yaml");
        await File.WriteAllTextAsync(file, Entry);

        await db.Importer.ImportFileAsync(file);
        var stored = (await db.Store.GetAsync("land-he-test-programm"))!.Conditions;

        var population = Assert.Single(stored.Population);
        Assert.Equal(["gemeinde"], population.Kinds);
        Assert.Equal((10000, (int?)null, ConditionFacts.StructurallyWeak), (population.Min!.Value, population.Max, population.OrFact));
        Assert.StartsWith("Gemeinden mit mindestens", population.Evidence!.Quote, StringComparison.Ordinal);
        Assert.Equal(new AreaUnit("06531", "Landkreis Gießen"), Assert.Single(stored.Area!.Units));
        var reduction = Assert.Single(stored.OwnShareReductions);
        Assert.Equal((ConditionFacts.BudgetConsolidation, 10m), (reduction.Fact, reduction.OwnShareMinPercent));
    }

    [Theory]
    [InlineData("    - kinds: [gemeinde]", "    - kinds: [dorf]", "conditions.population", "Unbekannte Art \"dorf\"")]
    [InlineData("      - ags: '06531'", "      - ags: 'Gießen'", "conditions.area", "kein AGS-Präfix")]
    [InlineData("      or_fact: strukturschwach", "      or_fact: reich", "conditions.population", "Unbekannter Wert \"reich\"")]
    [InlineData("      own_share_min_percent: 10", "      own_share_min_percent: 120", "conditions.own_share_reductions", "0 bis 100")]
    [InlineData("      min: 10000", "      minimum: 10000", "conditions.population", "Unbekanntes Feld \"minimum\"")]
    public async Task ImportFile_InvalidCondition_IsRefusedWithFieldAndLine_AndChangesNothing(string valid, string broken, string field, string message)
    {
        using var db = new TestDatabase();
        var file = Path.Combine(db.Directory, "broken.yaml");
        Assert.Contains(valid, Entry, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, Entry.Replace(valid, broken, StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<CatalogueValidationException>(() => db.Importer.ImportFileAsync(file));

        var found = Assert.Single(error.Errors);
        Assert.Equal(field, found.Field);
        Assert.Contains(message, found.Message, StringComparison.Ordinal);
        Assert.True(found.Line > 24, $"line {found.Line}");
        Assert.Equal(0, await db.Store.CountAsync());
    }
}
