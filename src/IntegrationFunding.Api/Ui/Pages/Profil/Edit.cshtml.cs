using IntegrationFunding.Api.Ui.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages.Profil;

/// <summary>Create (<c>/profil</c>) or edit (<c>/profil/bearbeiten/{id}</c>) a municipality profile, no API key needed.</summary>
public sealed class EditModel(IWebProfiles profiles) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public string? ProfileId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }

        var profile = ProfileIds.LooksValid(id) ? await profiles.GetAsync(id, cancellationToken) : null;
        if (profile is null)
        {
            return NotFound();
        }

        ProfileId = id;
        Input = ProfileInput.From(profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        ProfileId = id;
        if (id is not null && !ProfileIds.LooksValid(id))
        {
            return NotFound();
        }

        var profile = ProfileInputMapper.ToProfile(Input, id ?? string.Empty, ModelState);
        if (profile is null)
        {
            return Invalid();
        }

        var result = id is null ? await profiles.CreateAsync(profile, cancellationToken) : await profiles.UpdateAsync(profile, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(ProfileInputMapper.InputKey(field), message);
                }
            }

            return Invalid();
        }

        return Redirect($"/profil/{result.Id}?{(id is null ? "neu" : "gespeichert")}=true");
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
