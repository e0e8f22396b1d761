using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Api.Infrastructure;
using IntegrationFunding.Api.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationFunding.Api.Endpoints;

/// <summary>Municipality profiles and their matches: <c>/api/v1/profiles</c>. Every route needs an API key; profiles are private to it.</summary>
internal static class ProfilesEndpoints
{
    private const string NotFoundDetail = "Kein Profil mit dieser id für Ihren API-Schlüssel.";

    public static RouteGroupBuilder MapProfiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/profiles").WithTags("Profile").AddEndpointFilter<ApiKeyFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/", Create).WithName("CreateProfile").WithSummary("Förderprofil einer Kommune anlegen")
            .WithDescription("Braucht X-Api-Key. Die id ist zufällig (128 Bit) und nur für diesen Schlüssel sichtbar.");
        group.MapGet("/{id}", Get).WithName("GetProfile").WithSummary("Ein Förderprofil lesen");
        group.MapPut("/{id}", Update).WithName("UpdateProfile").WithSummary("Ein Förderprofil ersetzen");
        group.MapDelete("/{id}", Delete).WithName("DeleteProfile").WithSummary("Ein Förderprofil löschen");
        group.MapGet("/{id}/matches", Matches).WithName("GetProfileMatches").WithSummary("Passende Förderprogramme mit Begründung")
            .WithDescription("Harte Regeln (Land, Antragsberechtigung, Bedingungen, Eigenanteil, Frist) ergeben eligible/ineligible/unknown und die drei Urteile verdicts.mayApply, canAfford, inTime; Rang nach Zielen, Zielgruppen und Fristnähe; clarifications nennt fehlende Profilangaben.");
        group.MapGet("/{id}/clarifications", Clarifications).WithName("GetProfileClarifications")
            .WithSummary("Was als Nächstes zu klären ist: fehlende Profilangaben, die die meisten unklaren Programme entscheiden");
        return group;
    }

    private static async Task<Results<Created<ProfileDto>, ValidationProblem>> Create(
        ProfileRequest? request, HttpContext http, ProfileService profiles, CancellationToken cancellationToken)
    {
        var outcome = await profiles.CreateAsync(ApiKeyFilter.Tenant(http), request, cancellationToken);
        return outcome.Profile is { } profile
            ? TypedResults.Created($"/api/v1/profiles/{profile.Id}", profile)
            : Problems.Invalid(outcome.Errors!.ToDictionary());
    }

    private static async Task<Results<Ok<ProfileDto>, ProblemHttpResult>> Get(
        string id, HttpContext http, ProfileService profiles, CancellationToken cancellationToken) =>
        await profiles.GetAsync(ApiKeyFilter.Tenant(http), id, cancellationToken) is { } profile
            ? TypedResults.Ok(profile)
            : Problems.NotFound(NotFoundDetail);

    private static async Task<Results<Ok<ProfileDto>, ValidationProblem, ProblemHttpResult>> Update(
        string id, ProfileRequest? request, HttpContext http, ProfileService profiles, CancellationToken cancellationToken)
    {
        var outcome = await profiles.UpdateAsync(ApiKeyFilter.Tenant(http), id, request, cancellationToken);
        if (outcome.IsNotFound)
        {
            return Problems.NotFound(NotFoundDetail);
        }

        return outcome.Profile is { } profile ? TypedResults.Ok(profile) : Problems.Invalid(outcome.Errors!.ToDictionary());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string id, HttpContext http, ProfileService profiles, CancellationToken cancellationToken) =>
        await profiles.DeleteAsync(ApiKeyFilter.Tenant(http), id, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound(NotFoundDetail);

    private static async Task<Results<Ok<MatchesResponseDto>, ValidationProblem, ProblemHttpResult>> Matches(
        string id, [AsParameters] MatchesRequest request, HttpContext http, ProfileService profiles, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Page is < 1)
        {
            errors["page"] = ["Der Parameter 'page' muss mindestens 1 sein."];
        }

        if (request.PageSize is < 1 or > 100)
        {
            errors["pageSize"] = ["Der Parameter 'pageSize' muss zwischen 1 und 100 liegen."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        return await profiles.GetMatchesAsync(ApiKeyFilter.Tenant(http), id, request, cancellationToken) is { } page
            ? TypedResults.Ok(page)
            : Problems.NotFound(NotFoundDetail);
    }

    private static async Task<Results<Ok<IReadOnlyList<ClarificationDto>>, ProblemHttpResult>> Clarifications(
        string id, HttpContext http, ProfileService profiles, CancellationToken cancellationToken) =>
        await profiles.GetClarificationsAsync(ApiKeyFilter.Tenant(http), id, cancellationToken) is { } clarifications
            ? TypedResults.Ok(clarifications)
            : Problems.NotFound(NotFoundDetail);
}
