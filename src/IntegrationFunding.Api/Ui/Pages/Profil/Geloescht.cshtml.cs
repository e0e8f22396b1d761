using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages.Profil;

/// <summary>After deleting a profile (<c>/profil/geloescht</c>): a plain German confirmation.</summary>
public sealed class GeloeschtModel : PageModel
{
    public void OnGet()
    {
    }
}
