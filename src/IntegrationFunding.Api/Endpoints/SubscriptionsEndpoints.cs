using System.Net;
using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Digest.Composition;
using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Domain.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationFunding.Api.Endpoints;

/// <summary>Digest subscriptions with double opt-in: <c>/api/v1/subscriptions</c>.</summary>
internal static class SubscriptionsEndpoints
{
    public static RouteGroupBuilder MapSubscriptions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/subscriptions").WithTags("Digest");
        group.MapPost("/", Subscribe)
            .WithName("Subscribe")
            .WithSummary("Wöchentlichen Förder-Digest bestellen (Double-Opt-in)")
            .WithDescription("Speichert die Bestellung unbestätigt und sendet nur eine Bestätigungs-E-Mail mit signiertem, ablaufendem Link. Gegen Mail-Bombing: höchstens eine Bestätigung je Adresse und Bestellung und wenige je Adresse und Client pro Stunde; darüber wird nichts gesendet, die Antwort ist dieselbe.");
        group.MapGet("/confirm", Confirm).WithName("ConfirmSubscription").WithSummary("Bestellung bestätigen (Link aus der E-Mail)").ExcludeFromDescription();
        group.MapGet("/unsubscribe", AskUnsubscribe).WithName("UnsubscribePage").WithSummary("Abmeldeseite").ExcludeFromDescription();
        group.MapPost("/unsubscribe", Unsubscribe).WithName("Unsubscribe").WithSummary("Abmelden mit einem Klick (RFC 8058); löscht die Adresse").ExcludeFromDescription();
        return group;
    }

    private static async Task<Results<Accepted<SubscriptionAcceptedDto>, ValidationProblem>> Subscribe(
        SubscriptionRequest request, SubscriptionService subscriptions, IProfileMatcher profiles, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var email = request.Email?.Trim() ?? "";
        if (!EmailAddresses.IsValid(email))
        {
            errors["email"] = ["email muss eine gültige E-Mail-Adresse ohne Umlaute vor dem @ sein, z. B. name@gemeinde.de."];
        }

        var frequency = request.Frequency ?? SubscriptionFrequencies.Weekly;
        if (!SubscriptionFrequencies.All.Contains(frequency))
        {
            errors["frequency"] = ["frequency muss weekly oder daily sein."];
        }

        SavedSearch? saved = null;
        if ((request.ProfileId is null) == (request.Search is null))
        {
            errors["profileId"] = ["Bitte genau eines angeben: profileId oder search."];
        }
        else if (request.ProfileId is { } profileId
            && (profileId.Length > 100 || await profiles.DescribeAsync(profileId, cancellationToken) is null))
        {
            errors["profileId"] = [$"Kein Förderprofil mit der id \"{(profileId.Length > 60 ? profileId[..60] + "…" : profileId)}\"."];
        }
        else if (request.Search is { } s)
        {
            var (query, searchErrors) = ProgrammeSearchValidator.Validate(
                new ProgrammeSearchRequest(s.Q, s.Topic, s.Applicant, s.State, s.Level, s.TargetGroup, null, s.DeadlineType, s.MaxOwnShare, s.DeadlineFrom, s.DeadlineTo, null, null, null, null),
                BerlinCalendar.Today(time));
            foreach (var (key, value) in searchErrors)
            {
                errors["search." + key] = value;
            }

            saved = query is null ? null : SavedSearch.FromQuery(query);
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        // Over a confirmation limit (per address and target, per address, per client) nothing is sent: same 202.
        await subscriptions.SubscribeAsync(email, request.ProfileId, saved, frequency, Infrastructure.RequestOrigin.Of(http), cancellationToken);
        return TypedResults.Accepted(
            (string?)null,
            new SubscriptionAcceptedDto("pending", "Fast geschafft: Bitte bestätigen Sie den Link in der E-Mail, die wir gerade gesendet haben. Vorher senden wir nichts."));
    }

    private static async Task<ContentHttpResult> Confirm(string? token, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        (await subscriptions.ConfirmAsync(token, cancellationToken)
            ? SubscriptionPages.Page("Digest bestätigt", "<p>Danke! Ab jetzt erhalten Sie den Förder-Digest. Jede E-Mail enthält einen Link zum Abbestellen.</p>")
            : SubscriptionPages.Invalid()).ToResult();

    private static async Task<ContentHttpResult> AskUnsubscribe(string? token, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        if (!await subscriptions.IsValidUnsubscribeAsync(token, cancellationToken))
        {
            return SubscriptionPages.Invalid().ToResult();
        }

        var action = "/api/v1/subscriptions/unsubscribe?token=" + WebUtility.HtmlEncode(Uri.EscapeDataString(token!));
        return SubscriptionPages.Page(
            "Digest abbestellen",
            $"""<p>Mit einem Klick abbestellen. Ihre Adresse wird dabei gelöscht.</p><form method="post" action="{action}"><button type="submit" style="font-size:1rem;padding:.5rem 1rem;">Jetzt abbestellen</button></form>""")
            .ToResult();
    }

    private static async Task<ContentHttpResult> Unsubscribe(string? token, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        (await subscriptions.UnsubscribeAsync(token, cancellationToken)
            ? SubscriptionPages.Page("Abgemeldet", "<p>Sie sind abgemeldet. Ihre Adresse ist gelöscht; Sie erhalten keinen Digest mehr.</p>")
            : SubscriptionPages.Invalid()).ToResult();
}
