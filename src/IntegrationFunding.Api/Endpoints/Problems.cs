using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationFunding.Api.Endpoints;

/// <summary>Shorthands for problem results with a German detail.</summary>
internal static class Problems
{
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value)), title: "Ungültige Anfrage");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden");
}
