using IntegrationFunding.Api.Calendars;
using IntegrationFunding.Api.Infrastructure;
using IntegrationFunding.Api.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationFunding.Api.Endpoints;

/// <summary>
/// Deadline calendars (RFC 5545) for Outlook and other clients. A programme's calendar is public. A profile's
/// calendar is a subscription link: its unguessable id is the secret (calendar clients cannot send headers); a
/// request that does send <c>X-Api-Key</c> must use the owner's key (another key gets 404, a bad key 401).
/// </summary>
internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/programmes/{id}/deadlines.ics", ProgrammeCalendar).WithTags("Programme")
            .WithName("GetProgrammeCalendar").WithSummary("Fristen eines Förderprogramms als Kalender (ICS)");
        app.MapGet("/api/v1/profiles/{id}/deadlines.ics", ProfileCalendar).WithTags("Profile")
            .WithName("GetProfileCalendar").WithSummary("Fristen der passenden Programme eines Profils als abonnierbarer Kalender (ICS)")
            .WithDescription("Die Profil-id ist das Geheimnis des Abo-Links. Wird X-Api-Key mitgeschickt, muss er zum Profil gehören.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ProgrammeCalendar(
        string id, HttpContext http, ProgrammeSearch search, TimeProvider time, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var programme = await search.FindAsync(id, cancellationToken);
        if (programme is null)
        {
            return Problems.NotFound($"Kein Förderprogramm mit der id \"{id}\".");
        }

        var events = programme.Deadlines.Select(d => Event(programme, d, http, configuration));
        return TypedResults.Text(DeadlineCalendar.Write("Fristen: " + programme.Name, events, time.GetUtcNow()), DeadlineCalendar.ContentType);
    }

    private static async Task<IResult> ProfileCalendar(
        string id, HttpContext http, ProfileService profiles, ApiKeyStore keys, TimeProvider time, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindBySecretIdAsync(id, cancellationToken);
        if (http.Request.Headers.ContainsKey(ApiKeyFilter.HeaderName))
        {
            var (tenant, problem) = await ApiKeyFilter.AuthenticateAsync(http, keys);
            if (problem is not null)
            {
                return problem;
            }

            profile = await profiles.FindAsync(tenant!.Value, id, cancellationToken);
        }

        if (profile is null)
        {
            return Problems.NotFound("Kein Profil mit dieser id.");
        }

        var today = BerlinCalendar.Today(time);
        var horizon = today.AddMonths(profile.HorizonMonths);
        var ranking = await profiles.RankAsync(profile, includeIneligible: false, includePartnerRoles: false, cancellationToken);
        var events = ranking.Programmes(0, ranking.Count).SelectMany(p => p.Deadlines.Where(d => d >= today && d <= horizon).Select(d => Event(p, d, http, configuration)));
        return TypedResults.Text(DeadlineCalendar.Write("Förderfristen: " + profile.Name, events, time.GetUtcNow()), DeadlineCalendar.ContentType);
    }

    private static DeadlineEvent Event(Programme programme, DateOnly date, HttpContext http, IConfiguration configuration)
    {
        var baseUrl = configuration["PublicBaseUrl"] is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{http.Request.Scheme}://{http.Request.Host}";
        return new DeadlineEvent(programme.Id, programme.Name, date, programme.Url, $"{baseUrl}/api/v1/programmes/{Uri.EscapeDataString(programme.Id)}");
    }
}
