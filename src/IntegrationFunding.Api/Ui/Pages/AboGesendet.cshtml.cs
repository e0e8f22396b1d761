using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages;

/// <summary>After the digest form (<c>/abo/gesendet</c>): the same words for every address, known or not.</summary>
public sealed class AboGesendetModel : PageModel
{
    public void OnGet()
    {
    }
}
