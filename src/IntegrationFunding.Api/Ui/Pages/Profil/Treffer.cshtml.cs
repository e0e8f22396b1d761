using IntegrationFunding.Api.Ui.Profiles;
using IntegrationFunding.Matching.Conditions;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationFunding.Api.Ui.Pages.Profil;

/// <summary>The matches of a profile (<c>/profil/{id}</c>): eligibility, reasons, warnings, partner roles.</summary>
public sealed class TrefferModel(IWebProfiles profiles, TimeProvider time) : ProfilePageModel(profiles, time)
{
    [BindProperty(SupportsGet = true, Name = "neu")]
    public bool Created { get; set; }

    [BindProperty(SupportsGet = true, Name = "gespeichert")]
    public bool Saved { get; set; }

    /// <summary>What to clarify next: missing profile facts and how many listed programmes each would decide.</summary>
    public IReadOnlyList<Clarification> Clarifications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return ProfileNotFound();
        }

        Clarifications = Clarification.Count(Matches.Select(m => m.MissingFacts));
        return Page();
    }
}
