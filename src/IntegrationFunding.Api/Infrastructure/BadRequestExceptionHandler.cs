using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Turns parameter binding failures (e.g. <c>page=abc</c>, malformed JSON) into a 400 problem with a German
/// detail naming the parameter, instead of a bare 400 or a 500.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var match = ParameterPattern().Match(bad.Message);
        var detail = match.Success
            ? $"Der Wert \"{Endpoints.ProgrammeSearchValidator.Shorten(match.Groups["value"].Value)}\" ist für den Parameter '{ToCamelCase(match.Groups["name"].Value)}' ungültig."
            : bad.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase)
                ? "Der Anfrageinhalt ist kein gültiges JSON für diese Adresse."
                : "Die Anfrage konnte nicht gelesen werden.";
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = bad.StatusCode, Detail = detail },
            Exception = exception,
        });
    }

    private static string ToCamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>\\w+)\" from \"(?<value>[^\"]*)\"")]
    private static partial Regex ParameterPattern();
}
