using System.ComponentModel;
using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Storage.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationFunding.Api.Endpoints;

/// <summary><c>GET /api/v1/changes?since=</c>: new, changed, closed and removed programmes, for offices that sync.</summary>
internal static class ChangesEndpoints
{
    private const int MaxItems = 1000;

    public static IEndpointConventionBuilder MapChanges(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/changes", GetChanges)
            .WithTags("Änderungen")
            .WithName("GetChanges")
            .WithSummary("Änderungen seit einem Zeitpunkt")
            .WithDescription("Liefert höchstens 1000 Ereignisse in Reihenfolge. Bei hasMore mit demselben since und after=nextAfter weiterlesen; für den nächsten Abgleich until als since merken.");

    private static async Task<Results<Ok<ChangesDto>, ValidationProblem>> GetChanges(
        [Description("Zeitstempel ISO 8601 (UTC), z. B. 2026-11-01T00:00:00Z.")] DateTimeOffset? since,
        [Description("Zusatz zum Weiterblättern: nur Ereignisse mit größerer Sequenznummer (nextAfter der vorigen Antwort).")] long? after,
        ChangeLog changes,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (since is null)
        {
            return Problems.Invalid(new() { ["since"] = ["Der Parameter 'since' (Zeitstempel ISO 8601) fehlt."] });
        }

        var events = await changes.SinceAsync(since.Value, MaxItems + 1, after ?? 0, cancellationToken);
        var hasMore = events.Count > MaxItems;
        var page = events.Take(MaxItems).ToList();
        var until = page.Count > 0 ? page[^1].OccurredAt : time.GetUtcNow();
        var nextAfter = page.Count > 0 ? page[^1].Sequence : after ?? 0;
        var items = page.Select(e => new ChangeDto(
            e.Sequence, e.ProgrammeId, e.ProgrammeName, e.Kind, e.Fields.Select(f => f.Field).ToList(),
            e.Fields.Select(f => new FieldChangeDto(f.Field, f.OldValue, f.NewValue)).ToList(), e.OccurredAt)).ToList();
        return TypedResults.Ok(new ChangesDto(since.Value.ToUniversalTime(), until.ToUniversalTime(), nextAfter, hasMore, items));
    }
}
