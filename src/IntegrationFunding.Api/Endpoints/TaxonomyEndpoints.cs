using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Api.Infrastructure;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Api.Endpoints;

/// <summary><c>GET /api/v1/taxonomy</c>: the controlled vocabularies with German labels.</summary>
internal static class TaxonomyEndpoints
{
    private static readonly TaxonomyDto Taxonomy = new(
        Vocabularies.All.ToDictionary(
            v => v.Name,
            v => new VocabularyDto(v.Label, v.Terms.Select(t => new TaxonomyTermDto(t.Id, t.Label, t.Synonyms)).ToList())));

    public static IEndpointConventionBuilder MapTaxonomy(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/taxonomy", () => TypedResults.Ok(Taxonomy))
            .WithTags("Taxonomie")
            .WithName("GetTaxonomy")
            .WithSummary("Alle Vokabulare mit deutschen Bezeichnungen und Synonymen")
            .CachePublicRead();
}
