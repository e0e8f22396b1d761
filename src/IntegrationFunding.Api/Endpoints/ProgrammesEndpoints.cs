using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationFunding.Api.Endpoints;

/// <summary>Programme search and detail: <c>/api/v1/programmes</c>.</summary>
internal static class ProgrammesEndpoints
{
    public static RouteGroupBuilder MapProgrammes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/programmes").WithTags("Programme").CachePublicRead();
        group.MapGet("/", Search)
            .WithName("SearchProgrammes")
            .WithSummary("Förderprogramme suchen")
            .WithDescription("Deutscher Volltext (Stammformen, Komposita, Synonyme) mit Filtern und Facetten. Facettenzahlen beziehen sich auf die gefilterte Menge.");
        group.MapGet("/{id}", GetById)
            .WithName("GetProgramme")
            .WithSummary("Ein Förderprogramm mit allen Fakten und Belegen")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<SearchResponseDto>, ValidationProblem>> Search(
        [AsParameters] ProgrammeSearchRequest request, ProgrammeSearch search, TimeProvider time, HttpRequest http, CancellationToken cancellationToken)
    {
        var today = BerlinCalendar.Today(time);
        var (query, errors) = ProgrammeSearchValidator.Validate(request, today, http.Query);
        if (query is null)
        {
            return Problems.Invalid(errors);
        }

        var results = await search.SearchAsync(query, cancellationToken);
        return TypedResults.Ok(new SearchResponseDto(
            results.Total, results.Page, results.PageSize, results.Items.Select(i => i.ToDto(today)).ToList(), results.Facets.ToDto(),
            results.Notice is { } n ? new SearchNoticeDto(n.Message, n.Suggestion, n.UnknownWords) : null));
    }

    private static async Task<Results<Ok<ProgrammeDto>, ProblemHttpResult>> GetById(
        string id, ProgrammeSearch search, TimeProvider time, CancellationToken cancellationToken)
    {
        var programme = await search.FindAsync(id, cancellationToken);
        return programme is null
            ? Problems.NotFound($"Kein Förderprogramm mit der id \"{id}\".")
            : TypedResults.Ok(programme.ToDto(BerlinCalendar.Today(time)));
    }
}
