using IntegrationFunding.Api.Ui.Search;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Search.Querying;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages;

/// <summary>Search results with facets, own-share and deadline filters, sorting and paging; all in the GET query.</summary>
public sealed class SucheModel(ProgrammeSearch search, TimeProvider time) : PageModel
{
    public SearchForm Form { get; private set; } = new();

    public SearchResults Results { get; private set; } = null!;

    public IReadOnlyList<FacetGroup> Facets { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int PageCount => Math.Max(1, (Results.Total + Results.PageSize - 1) / Results.PageSize);

    public async Task OnGetAsync(SearchForm form, CancellationToken cancellationToken)
    {
        Form = form;
        Today = BerlinCalendar.Today(time);
        var query = SearchFormMapper.Map(form, ModelState, Today, Request.Query);
        Results = await search.SearchAsync(query, cancellationToken);
        if (Results.Items.Count == 0 && Results.Total > 0 && query.Page > PageCount)
        {
            // A page number past the end (an old bookmark, a hand-edited link) shows the last page, not "Treffer (1961–1960)".
            form.Seite = PageCount;
            Results = await search.SearchAsync(query with { Page = PageCount }, cancellationToken);
        }

        Facets = FacetGroup.From(await search.GroupFacetsAsync(query, cancellationToken), form);
    }
}
