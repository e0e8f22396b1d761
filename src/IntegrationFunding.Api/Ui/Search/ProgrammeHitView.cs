using IntegrationFunding.Search.Querying;

namespace IntegrationFunding.Api.Ui.Search;

/// <summary>Model of the <c>_ProgrammeHit</c> partial.</summary>
public sealed record ProgrammeHitView(SearchHit Hit, DateOnly Today);

/// <summary>Model of the <c>_Pager</c> partial.</summary>
public sealed record PagerView(SearchForm Form, int Page, int PageCount);

/// <summary>Model of the <c>_MatchFacts</c> partial.</summary>
public sealed record ProgrammeMatchView(IntegrationFunding.Api.Ui.Profiles.ProfileMatch Match, DateOnly Today)
{
    /// <summary>Level of the "Warum es passt" headings: one below the programme's heading (h3 on the matches page, h2 in print).</summary>
    public int HeadingLevel { get; init; } = 4;
}
