namespace IntegrationFunding.Api.Endpoints;

/// <summary><c>GET /healthz</c>: a trivial liveness answer (also the baseline of the load benchmark).</summary>
internal static class HealthEndpoints
{
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthDto("ok")))
            .WithTags("Betrieb")
            .WithName("Health")
            .WithSummary("Lebenszeichen des Dienstes");

    internal sealed record HealthDto(string Status);
}
