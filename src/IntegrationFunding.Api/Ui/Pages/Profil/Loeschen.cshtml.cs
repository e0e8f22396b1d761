using IntegrationFunding.Api.Ui.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages.Profil;

/// <summary>
/// Delete a profile (<c>/profil/{id}/loeschen</c>): GET asks for confirmation, POST (antiforgery) deletes it with its digest
/// subscriptions and redirects to <c>/profil/geloescht</c>. Afterwards the private link answers 404.
/// </summary>
public sealed class LoeschenModel(IWebProfiles profiles) : PageModel
{
    public string ProfileId { get; private set; } = string.Empty;

    public string? ProfileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var profile = ProfileIds.LooksValid(id) ? await profiles.GetAsync(id, cancellationToken) : null;
        if (profile is null)
        {
            return NotFoundPage();
        }

        ProfileId = profile.Id;
        ProfileName = profile.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!ProfileIds.LooksValid(id) || !await profiles.DeleteAsync(id, cancellationToken))
        {
            return NotFoundPage();
        }

        return Redirect("/profil/geloescht");
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
