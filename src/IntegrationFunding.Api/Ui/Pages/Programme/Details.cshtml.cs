using IntegrationFunding.Api.Ui.Reports;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages.Programme;

/// <summary>One programme with every fact, its evidence and sources, the ICS link and the data report form.</summary>
public sealed class DetailsModel(ProgrammeSearch search, ReportStore reports, TimeProvider time) : PageModel
{
    public Domain.Programmes.Programme Programme { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public string Status => ProgrammeTimeline.Status(Programme, Today);

    public DateOnly? NextDeadline => ProgrammeTimeline.NextDeadline(Programme, Today);

    [BindProperty]
    public ReportInput Report { get; set; } = new();

    /// <summary>The search this programme was opened from (<c>?suche=/suche?…</c>); only a local /suche address is used.</summary>
    [BindProperty(SupportsGet = true, Name = "suche")]
    public string? Search { get; set; }

    public string BackUrl => Search is { Length: <= 2000 } back && back.StartsWith("/suche", StringComparison.Ordinal)
        && !back.Contains("//", StringComparison.Ordinal) && !back.Contains('\\', StringComparison.Ordinal)
        ? back
        : "/suche";

    [BindProperty(SupportsGet = true, Name = "gemeldet")]
    public bool Reported { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostReportAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFoundPage();
        }

        if (Report.Field is not null && !Report.HasKnownField)
        {
            ModelState.AddModelError("Report.Field", "Was ist falsch? Bitte wählen Sie eine Angabe aus der Liste.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await reports.AddAsync(
            new DataReport(Programme.Id, Report.Field!, Report.Message!.Trim(), string.IsNullOrWhiteSpace(Report.Email) ? null : Report.Email.Trim()),
            cancellationToken);
        return Redirect($"/programme/{Uri.EscapeDataString(Programme.Id)}?gemeldet=true#meldung");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Today = BerlinCalendar.Today(time);
        var programme = await search.FindAsync(id, cancellationToken);
        if (programme is null)
        {
            return false;
        }

        Programme = programme;
        return true;
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        ViewData["NotFound"] = true;
        return Page();
    }
}
