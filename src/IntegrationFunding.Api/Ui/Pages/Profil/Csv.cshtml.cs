using IntegrationFunding.Api.Ui.Profiles;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationFunding.Api.Ui.Pages.Profil;

/// <summary>The matches as CSV for Excel (<c>/profil/{id}/treffer.csv</c>).</summary>
public sealed class CsvModel(IWebProfiles profiles, TimeProvider time, MatchesCsv csv) : ProfilePageModel(profiles, time)
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return File(csv.Write(Matches, Today), "text/csv; charset=utf-8", $"foerderprogramme-{Today:yyyy-MM-dd}.csv");
    }
}
