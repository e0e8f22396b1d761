using Microsoft.AspNetCore.Http.Features;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Gives every problem+json response a German title/detail and a trace id, and caps what it echoes: a detail of
/// at most <see cref="MaxDetail"/> characters, each field message at most <see cref="MaxMessage"/> (hostile
/// input of megabytes is never sent back).
/// </summary>
internal static class GermanProblemDetails
{
    public const int MaxDetail = 2000;
    public const int MaxMessage = 300;

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
        Cap(problem);
        var traceId = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity?.Id ?? context.HttpContext.TraceIdentifier;
        problem.Extensions["traceId"] = traceId;
    }

    private static void Cap(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        problem.Detail = Shorten(problem.Detail, MaxDetail);
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var key in validation.Errors.Keys.ToList())
            {
                validation.Errors[key] = validation.Errors[key].Take(20).Select(m => Shorten(m, MaxMessage)!).ToArray();
            }
        }
    }

    private static string? Shorten(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
