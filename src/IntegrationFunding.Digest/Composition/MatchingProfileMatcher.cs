using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Profiles;

namespace IntegrationFunding.Digest.Composition;

/// <summary>
/// Profile subscriptions through the real matching: the profile (by its id, any tenant) from ProfileStore, goal
/// texts through the search index, then <see cref="ProfileMatcher"/>; ineligible programmes are left out and
/// the matcher's German reasons (and partner-role warnings) become the digest's "why it matched".
/// </summary>
public sealed class MatchingProfileMatcher(ProfileStore profiles, ProgrammeSearch search) : IProfileMatcher
{
    public async Task<string?> DescribeAsync(string profileId, CancellationToken cancellationToken) =>
        (await profiles.GetBySecretIdAsync(profileId, cancellationToken))?.Name;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> MatchAsync(
        string profileId, IReadOnlyList<Programme> programmes, DateOnly today, CancellationToken cancellationToken)
    {
        if (await profiles.GetBySecretIdAsync(profileId, cancellationToken) is not { } profile)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        var relevance = new List<IReadOnlyDictionary<string, double>>(profile.Goals.Count);
        foreach (var goal in profile.Goals)
        {
            var text = GoalQuery.TextOf(goal);
            relevance.Add(text is null ? new Dictionary<string, double>() : await search.RelevanceAsync(text, cancellationToken));
        }

        var matches = ProfileMatcher.Match(new MatchRequest
        {
            Profile = profile, Programmes = programmes, Today = today, GoalRelevance = relevance, IncludePartnerRoles = true,
        });
        return matches.ToDictionary(
            m => m.Programme.Id,
            m => (IReadOnlyList<string>)[.. m.Reasons.Take(3), .. m.Warnings.Take(1)],
            StringComparer.Ordinal);
    }
}
