using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Digest;

namespace IntegrationFunding.Digest.Composition;

/// <summary>
/// Finds the programmes a subscription watches: a saved search is re-run with ProgrammeSearch (without status
/// filters, so ending programmes are still seen); a profile goes through <see cref="IProfileMatcher"/>.
/// Programmes marked removed are no longer in the search index: the caller passes them as <c>removed</c> and
/// they are judged alike (the saved search in memory, the profile with the current programmes).
/// </summary>
public sealed class AudienceResolver(ProgrammeSearch search, IProfileMatcher profiles)
{
    public async Task<Audience> ResolveAsync(
        StoredSubscription subscription, DateOnly today, IReadOnlyList<Programme> removed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(removed);
        if (subscription.ProfileId is { } profileId)
        {
            var label = await profiles.DescribeAsync(profileId, cancellationToken);
            if (label is null)
            {
                return new Audience("Profil nicht mehr vorhanden", new Dictionary<string, IReadOnlyList<string>>());
            }

            var all = await search.AllAsync(cancellationToken);
            IReadOnlyList<Programme> programmes = removed.Count == 0 ? all : [.. all, .. removed];
            return new Audience($"Ihr Förderprofil „{label}“", await profiles.MatchAsync(profileId, programmes, today, cancellationToken));
        }

        var saved = SavedSearch.FromJson(subscription.Search ?? "{}");
        var results = await search.SearchAsync(saved.ToQuery(today), cancellationToken);
        var matches = results.Items.ToDictionary(
            hit => hit.Programme.Id, hit => SearchReasons.For(saved, hit.Programme), StringComparer.Ordinal);
        foreach (var programme in removed.Where(p => SavedSearchMatch.Matches(saved, p)))
        {
            matches.TryAdd(programme.Id, SearchReasons.For(saved, programme));
        }

        return new Audience(Describe(saved), matches);
    }

    private static string Describe(SavedSearch saved) =>
        saved.Text is { Length: > 0 } text ? $"Ihre gespeicherte Suche „{text}“" : "Ihre gespeicherte Suche";
}
