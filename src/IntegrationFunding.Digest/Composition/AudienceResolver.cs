using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Composition;

/// <summary>
/// Finds the programmes a subscription watches: a saved search is re-run with ProgrammeSearch (without status
/// filters, so ending programmes are still seen); a profile goes through <see cref="IProfileMatcher"/>.
/// </summary>
public sealed class AudienceResolver(ProgrammeSearch search, IProfileMatcher profiles)
{
    public async Task<Audience> ResolveAsync(StoredSubscription subscription, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.ProfileId is { } profileId)
        {
            var label = await profiles.DescribeAsync(profileId, cancellationToken);
            if (label is null)
            {
                return new Audience("Profil nicht mehr vorhanden", new Dictionary<string, IReadOnlyList<string>>());
            }

            var all = await search.AllAsync(cancellationToken);
            return new Audience($"Ihr Förderprofil „{label}“", await profiles.MatchAsync(profileId, all, today, cancellationToken));
        }

        var saved = SavedSearch.FromJson(subscription.Search ?? "{}");
        var results = await search.SearchAsync(saved.ToQuery(today), cancellationToken);
        var matches = results.Items.ToDictionary(
            hit => hit.Programme.Id, hit => SearchReasons.For(saved, hit.Programme), StringComparer.Ordinal);
        return new Audience(Describe(saved), matches);
    }

    private static string Describe(SavedSearch saved) =>
        saved.Text is { Length: > 0 } text ? $"Ihre gespeicherte Suche „{text}“" : "Ihre gespeicherte Suche";
}
