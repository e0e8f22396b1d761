using IntegrationFunding.Api.Ui.Search;
using IntegrationFunding.Api.Ui.Subscriptions;

namespace IntegrationFunding.Api.Tests.Ui.Subscriptions;

public sealed class SearchSummaryTests
{
    [Fact]
    public void Lines_TermsAndFilters_ReadableGermanLabels()
    {
        var form = new SearchForm
        {
            Q = "Sprachkurs", Topic = ["sprache", "bildung"], State = ["DE-NW"], Level = ["bund"],
            MaxOwnShare = 12.5m, DeadlineTo = new DateOnly(2027, 3, 31),
        };

        Assert.Equal(
            ["Suchbegriff: „Sprachkurs“", "Handlungsfeld: Sprache, Bildung", "Bundesland: Nordrhein-Westfalen", "Ebene: Bund", "Eigenanteil höchstens: 12,5 %", "Frist bis: 31.03.2027"],
            SearchSummary.Lines(form));
    }

    [Fact]
    public void Lines_EmptySearch_NoLines() => Assert.Empty(SearchSummary.Lines(new SearchForm { Q = "  " }));

    [Fact]
    public void SubscribeUrl_Search_KeepsFiltersDropsSortAndPage()
    {
        var form = new SearchForm { Q = "Kita & Schule", Topic = ["sprache"], MaxOwnShare = 20, Sort = "deadline", Seite = 3 };

        Assert.Equal("/abo?q=Kita%20%26%20Schule&topic=sprache&maxOwnShare=20", SearchSummary.SubscribeUrl(form));
    }

    [Fact]
    public void SubscribeUrl_Profile_EscapesId() =>
        Assert.Equal("/abo?profil=ab%2Fcd", SearchSummary.SubscribeUrl("ab/cd"));
}
