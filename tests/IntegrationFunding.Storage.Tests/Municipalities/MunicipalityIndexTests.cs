using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage.Municipalities;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Storage.Tests.Municipalities;

/// <summary>Searching the shipped register as people type: names with or without umlauts, PLZ, key prefixes.</summary>
public sealed class MunicipalityIndexTests
{
    private static readonly Lazy<MunicipalityIndex> Index = new(() =>
    {
        var data = Gv100File.Read(RegisterFiles.ShippedZip);
        return new MunicipalityIndex(data.Edition, data.Entries);
    });

    [Theory]
    [InlineData("München", "09162000")]
    [InlineData("Muenchen", "09162000")]
    [InlineData("muenchen", "09162000")]
    [InlineData("Munchen", "09162000")]
    [InlineData("Köln", "05315000")]
    [InlineData("Koeln", "05315000")]
    [InlineData("KÖLN", "05315000")]
    [InlineData("Flensburg", "01001000")]
    public void Search_Name_FindsTheGemeindeFirst(string text, string ags)
    {
        var result = Index.Value.Search(new RegisterQuery(text, []));

        Assert.Equal(ags, result.Items[0].Key);
        Assert.True(result.Total >= 1);
    }

    [Fact]
    public void Search_Muenchen_AlsoOffersTheLandkreis()
    {
        var result = Index.Value.Search(new RegisterQuery("Muenchen", [RegisterLevels.Kreis]));

        Assert.Contains(result.Items, e => e.Key == "09184" && e.Kind == RegisterKinds.Landkreis);
        Assert.All(result.Items, e => Assert.Equal(RegisterLevels.Kreis, e.Level));
    }

    [Theory]
    [InlineData("24937", "01001000")]
    [InlineData("50667", "05315000")]
    [InlineData("80313", "09162000")]
    public void Search_Plz_FindsTheGemeinde(string plz, string ags)
    {
        var result = Index.Value.Search(new RegisterQuery(plz, []));

        Assert.Equal(ags, result.Items[0].Key);
    }

    [Fact]
    public void Search_AgsPrefix_ListsTheKreisAndItsGemeinden()
    {
        var result = Index.Value.Search(new RegisterQuery("09184", [], PageSize: 100));

        Assert.Contains(result.Items, e => e.Key == "09184");
        Assert.All(result.Items, e => Assert.StartsWith("09184", e.Key, StringComparison.Ordinal));
        Assert.Equal(Index.Value.Search(new RegisterQuery("09184", [RegisterLevels.Gemeinde], PageSize: 100)).Total + 1
            + Index.Value.Search(new RegisterQuery("09184", [RegisterLevels.Gemeindeverband], PageSize: 100)).Total, result.Total);
    }

    [Fact]
    public void Search_Paging_PagesDoNotOverlap()
    {
        var first = Index.Value.Search(new RegisterQuery("Bad", [], 1, 10));
        var second = Index.Value.Search(new RegisterQuery("Bad", [], 2, 10));

        Assert.Equal(10, first.Items.Count);
        Assert.Empty(first.Items.Select(e => e.Key).Intersect(second.Items.Select(e => e.Key)));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public void Search_VerbandsfreieWrapperRecords_NotOffered()
    {
        var result = Index.Value.Search(new RegisterQuery("Flensburg", [RegisterLevels.Gemeindeverband]));

        Assert.DoesNotContain(result.Items, e => e.Kind == RegisterKinds.VerbandsfreieGemeinde);
        Assert.NotNull(Index.Value.Find("010010000"));
    }

    [Fact]
    public void FindForAgs_PaddedKreisKey_FindsTheLandkreis()
    {
        Assert.Equal(RegisterLevels.Kreis, Index.Value.FindForAgs("09184000")!.Level);
        Assert.Equal(RegisterLevels.Gemeinde, Index.Value.FindForAgs("09162000")!.Level);
        Assert.Null(Index.Value.FindForAgs("09999000"));
    }

    [Theory]
    [InlineData("Landkreis Celle", "03351")]
    [InlineData("Amt Eider", null)]
    public void Search_KindWordsInTheText_FindTheRecord(string text, string? key)
    {
        var result = Index.Value.Search(new RegisterQuery(text, []));

        Assert.NotEmpty(result.Items);
        if (key is not null)
        {
            Assert.Equal(key, result.Items[0].Key);
        }

        Assert.All(result.Items, e => Assert.Contains(text.Split(' ')[0], $"{e.Name} {RegisterKinds.Label(e.Kind)}", StringComparison.OrdinalIgnoreCase));
    }
}
