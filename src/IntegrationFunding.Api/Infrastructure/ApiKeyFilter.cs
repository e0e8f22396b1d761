using IntegrationFunding.Api.Profiles;
using IntegrationFunding.Storage.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Requires a valid <c>X-Api-Key</c> (401 problem otherwise) and makes the key's tenant available to handlers
/// through <see cref="Tenant(HttpContext)"/>.
/// </summary>
internal sealed class ApiKeyFilter(ApiKeyStore keys) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";
    private const string ItemKey = "IntegrationFunding.Tenant";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var (tenant, problem) = await AuthenticateAsync(http, keys);
        if (problem is not null)
        {
            return problem;
        }

        http.Items[ItemKey] = tenant ?? throw new InvalidOperationException("no tenant");
        return await next(context);
    }

    /// <summary>The tenant of a request that passed the filter.</summary>
    public static ProfileTenant Tenant(HttpContext http) =>
        http.Items[ItemKey] is ProfileTenant tenant ? tenant : throw new InvalidOperationException("The API key filter did not run.");

    /// <summary>The presented key's tenant, a 401 problem for a missing or bad key.</summary>
    public static async Task<(ProfileTenant? Tenant, IResult? Problem)> AuthenticateAsync(HttpContext http, ApiKeyStore keys)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(keys);
        var presented = http.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(presented))
        {
            return (null, Unauthorized("Für diese Anfrage ist ein API-Schlüssel im Kopf 'X-Api-Key' nötig (erstellen mit: apikey create --name …)."));
        }

        var key = await keys.AuthenticateAsync(presented.Trim(), http.RequestAborted);
        return key is null
            ? (null, Unauthorized("Der API-Schlüssel im Kopf 'X-Api-Key' ist ungültig oder widerrufen."))
            : (new ProfileTenant(key.Tenant), null);
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Anmeldung erforderlich");
}
