using IntegrationFunding.Api.Ui.Profiles;
using IntegrationFunding.Api.Ui.Search;
using IntegrationFunding.Api.Ui.Subscriptions;
using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Domain.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages;

/// <summary>
/// The digest form (<c>/abo</c>): subscribes to the search in its query string (the parameters of <c>/suche</c>) or to a
/// Förderprofil (<c>?profil=id</c>). Double opt-in through <see cref="SubscriptionService"/>; the answer never says
/// whether the address was known.
/// </summary>
public sealed class AboModel(SubscriptionService subscriptions, IWebProfiles profiles, TimeProvider time) : PageModel
{
    [BindProperty]
    public SubscriptionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "profil")]
    public string? ProfileId { get; set; }

    /// <summary>The profile's name when subscribing to a profile.</summary>
    public string? ProfileName { get; private set; }

    public SearchForm Search { get; private set; } = new();

    /// <summary>The search's terms and filters in plain German (empty: every programme).</summary>
    public IReadOnlyList<string> SearchLines { get; private set; } = [];

    /// <summary>Notes about unknown search values that were left out (shown, not linked: they have no field here).</summary>
    public IReadOnlyList<string> SearchNotes { get; private set; } = [];

    /// <summary>Where the form posts: this page with the same search or profile.</summary>
    public string Action => ProfileName is not null ? SearchSummary.SubscribeUrl(ProfileId!) : SearchSummary.SubscribeUrl(Search);

    /// <summary>Back to what is being subscribed.</summary>
    public string BackUrl => ProfileName is not null ? $"/profil/{Uri.EscapeDataString(ProfileId!)}" : Search.Url(1);

    public async Task<IActionResult> OnGetAsync(SearchForm form, CancellationToken cancellationToken) =>
        await LoadAsync(form, cancellationToken) is not null ? Page() : ProfileNotFound();

    public async Task<IActionResult> OnPostAsync(SearchForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(form, cancellationToken) is not { } saved)
        {
            return ProfileNotFound();
        }

        if (!Input.Validate(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Over a confirmation limit nothing is sent, and the answer is the same (no address enumeration).
        await subscriptions.SubscribeAsync(
            Input.Email!, ProfileName is null ? null : ProfileId, saved.Search, Input.Frequency, Infrastructure.RequestOrigin.Of(HttpContext), cancellationToken);
        return Redirect("/abo/gesendet");
    }

    /// <summary>Reads the profile or the search; null when a profile was asked for that does not exist.</summary>
    private async Task<Target?> LoadAsync(SearchForm form, CancellationToken cancellationToken)
    {
        // Binding problems of the search have no field on this page: they become notes, and only the form's own fields stay in the model state.
        var notes = new ModelStateDictionary();
        foreach (var (key, entry) in ModelState.Where(e => !e.Key.StartsWith("Input.", StringComparison.Ordinal)).ToList())
        {
            foreach (var error in entry!.Errors)
            {
                notes.AddModelError(key, error.ErrorMessage);
            }

            ModelState.Remove(key);
        }

        if (ProfileId is not null)
        {
            var profile = ProfileIds.LooksValid(ProfileId) ? await profiles.GetAsync(ProfileId, cancellationToken) : null;
            ProfileName = profile?.Name;
            return profile is null ? null : new Target(null);
        }

        var query = SearchFormMapper.Map(form, notes, BerlinCalendar.Today(time));
        Search = form;
        SearchLines = SearchSummary.Lines(form);
        SearchNotes = notes.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToList();
        // "Frist bis" on the search page means "from today"; a digest keeps no fixed start day.
        return new Target(SavedSearch.FromQuery(query) with { DeadlineFrom = null });
    }

    private PageResult ProfileNotFound()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        ViewData["NotFound"] = true;
        return Page();
    }

    private sealed record Target(SavedSearch? Search);
}
