using IntegrationFunding.Api.Ui.Profiles;
using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage.Municipalities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages.Profil;

/// <summary>
/// Create (<c>/profil</c>) or edit (<c>/profil/bearbeiten/{id}</c>) a municipality profile, no API key needed. Creating
/// starts with "Ihre Kommune": <c>?kommune=</c> lists register matches, <c>?schluessel=</c> opens the form prefilled
/// (without JavaScript; <c>wwwroot/js/kommune.js</c> adds autocomplete on top).
/// </summary>
public sealed class EditModel(IWebProfiles profiles, MunicipalityRegister register) : PageModel
{
    /// <summary>The register levels offered for a profile: no Länder.</summary>
    private static readonly string[] ProfileLevels = [RegisterLevels.Gemeinde, RegisterLevels.Gemeindeverband, RegisterLevels.Kreis];

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public string? ProfileId { get; private set; }

    /// <summary>The "Ihre Kommune" search text (<c>?kommune=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "kommune")]
    public string? KommuneQuery { get; set; }

    /// <summary>The register key picked from the list (<c>?schluessel=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "schluessel")]
    public string? PickedKey { get; set; }

    public RegisterSearchResult? Matches { get; private set; }

    public RegisterEntry? Picked { get; private set; }

    /// <summary>True when <c>?schluessel=</c> named nothing in the register.</summary>
    public bool PickNotFound { get; private set; }

    public RegisterEdition? Edition { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            await LoadRegisterAsync(cancellationToken);
            return Page();
        }

        var profile = ProfileIds.LooksValid(id) ? await profiles.GetAsync(id, cancellationToken) : null;
        if (profile is null)
        {
            return NotFound();
        }

        ProfileId = id;
        Input = ProfileInput.From(profile);
        Edition = (await register.GetAsync(cancellationToken)).Edition;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        ProfileId = id;
        Input.NormaliseGoals();
        if (id is not null && !ProfileIds.LooksValid(id))
        {
            return NotFound();
        }

        Edition = (await register.GetAsync(cancellationToken)).Edition;
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

    private async Task LoadRegisterAsync(CancellationToken cancellationToken)
    {
        var index = await register.GetAsync(cancellationToken);
        Edition = index.Edition;
        if (!string.IsNullOrWhiteSpace(PickedKey))
        {
            Picked = RegisterKeys.Normalise(PickedKey) is { } key && index.Find(key) is { } entry && RegisterProfileKinds.Suggested(entry) is not null ? entry : null;
            PickNotFound = Picked is null;
            if (Picked is not null)
            {
                Input = ProfileInput.FromRegister(Picked);
            }
        }
        else if (!string.IsNullOrWhiteSpace(KommuneQuery))
        {
            var text = KommuneQuery.Length > 100 ? KommuneQuery[..100] : KommuneQuery;
            Matches = index.Search(new RegisterQuery(text, ProfileLevels, 1, 20));
        }
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
