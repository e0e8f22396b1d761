using Microsoft.AspNetCore.Http.Features;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>Gives every problem+json response a German title/detail and a trace id.</summary>
internal static class GermanProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Title = status switch
        {
            StatusCodes.Status400BadRequest => "Ungültige Anfrage",
            StatusCodes.Status401Unauthorized => "Anmeldung erforderlich",
            StatusCodes.Status403Forbidden => "Kein Zugriff",
            StatusCodes.Status404NotFound => "Nicht gefunden",
            StatusCodes.Status405MethodNotAllowed => "Methode nicht erlaubt",
            StatusCodes.Status409Conflict => "Konflikt",
            StatusCodes.Status429TooManyRequests => "Zu viele Anfragen",
            StatusCodes.Status500InternalServerError => "Interner Fehler",
            _ => problem.Title,
        };
        problem.Detail ??= status switch
        {
            StatusCodes.Status404NotFound => "Die angefragte Adresse gibt es nicht.",
            StatusCodes.Status405MethodNotAllowed => "Diese HTTP-Methode ist für diese Adresse nicht erlaubt.",
            StatusCodes.Status500InternalServerError => "Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
            _ => null,
        };
        var traceId = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity?.Id ?? context.HttpContext.TraceIdentifier;
        problem.Extensions["traceId"] = traceId;
    }
}
