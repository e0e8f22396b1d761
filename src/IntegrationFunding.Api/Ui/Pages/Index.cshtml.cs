using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages;

/// <summary>Start page: one search box and the 14 Handlungsfelder as tiles.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
