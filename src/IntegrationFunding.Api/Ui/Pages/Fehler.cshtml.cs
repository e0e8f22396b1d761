using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Pages;

/// <summary>
/// The German error page browsers get for a bodiless error status (re-executed by the status-code pages, see
/// <c>BrowserErrorPages</c>): a title, the language of the layout and a way back. Answers with that status.
/// </summary>
public sealed class FehlerModel : PageModel
{
    /// <summary>From the route, so the page also renders for re-executed requests of any method (TRACE, POST).</summary>
    public int Status => int.TryParse(RouteData.Values["status"]?.ToString(), out var status) && status is >= 400 and < 600
        ? status
        : StatusCodes.Status404NotFound;

    public string Heading => Status switch
    {
        StatusCodes.Status404NotFound => "Seite nicht gefunden",
        StatusCodes.Status405MethodNotAllowed => "Aktion nicht möglich",
        StatusCodes.Status429TooManyRequests => "Zu viele Anfragen",
        >= 500 => "Technischer Fehler",
        _ => "Anfrage nicht möglich",
    };

    public string Explanation => Status switch
    {
        StatusCodes.Status404NotFound => "Diese Adresse gibt es nicht. Vielleicht ist der Link veraltet oder unvollständig.",
        StatusCodes.Status405MethodNotAllowed => "Diese Seite lässt sich so nicht aufrufen.",
        StatusCodes.Status429TooManyRequests => "Bitte warten Sie einen Moment und versuchen Sie es dann erneut.",
        >= 500 => "Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
        _ => "Die Anfrage konnte nicht bearbeitet werden.",
    };

    public void OnGet() => Response.StatusCode = Status;
}
