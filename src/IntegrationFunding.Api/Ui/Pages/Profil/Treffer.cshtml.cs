using IntegrationFunding.Api.Ui.Profiles;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationFunding.Api.Ui.Pages.Profil;

/// <summary>The matches of a profile (<c>/profil/{id}</c>): eligibility, reasons, warnings, partner roles.</summary>
public sealed class TrefferModel(IWebProfiles profiles, TimeProvider time) : ProfilePageModel(profiles, time)
{
    [BindProperty(SupportsGet = true, Name = "neu")]
    public bool Created { get; set; }

    [BindProperty(SupportsGet = true, Name = "gespeichert")]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : ProfileNotFound();
}
