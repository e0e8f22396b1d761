using IntegrationFunding.Api.Ui.Profiles;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationFunding.Api.Ui.Pages.Profil;

/// <summary>Print view for the council: A4, one programme per page.</summary>
public sealed class DruckModel(IWebProfiles profiles, TimeProvider time) : ProfilePageModel(profiles, time)
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : ProfileNotFound();
}
