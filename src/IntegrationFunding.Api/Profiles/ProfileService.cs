using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Matching;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Storage.Profiles;

namespace IntegrationFunding.Api.Profiles;

/// <summary>
/// Profiles and their matches for one tenant, callable in process (API endpoints and the web UI, which uses
/// <see cref="ProfileTenant.Web"/> and the profile's unguessable id as its secret link).
/// </summary>
public sealed class ProfileService(ProfileStore store, SubscriptionStore subscriptions, ProgrammeSearch search, TimeProvider time)
{
    public async Task<ProfileOutcome> CreateAsync(ProfileTenant tenant, ProfileRequest? request, CancellationToken cancellationToken = default)
    {
        var errors = ProfileValidator.Validate(request);
        if (errors.Count > 0)
        {
            return new ProfileOutcome(null, errors);
        }

        var stored = await store.CreateAsync(tenant.Id, request!.ToDomain(string.Empty), cancellationToken);
        return new ProfileOutcome(stored.ToDto(), null);
    }

    public async Task<ProfileDto?> GetAsync(ProfileTenant tenant, string id, CancellationToken cancellationToken = default) =>
        (await store.GetAsync(tenant.Id, id, cancellationToken))?.ToDto();

    public async Task<ProfileOutcome> UpdateAsync(ProfileTenant tenant, string id, ProfileRequest? request, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(tenant.Id, id, cancellationToken) is null)
        {
            return ProfileOutcome.NotFound;
        }

        var errors = ProfileValidator.Validate(request);
        if (errors.Count > 0)
        {
            return new ProfileOutcome(null, errors);
        }

        var profile = request!.ToDomain(id);
        return await store.UpdateAsync(tenant.Id, profile, cancellationToken) ? new ProfileOutcome(profile.ToDto(), null) : ProfileOutcome.NotFound;
    }

    /// <summary>Deletes the profile and the digest subscriptions watching it (they would only send empty mails). False when unknown.</summary>
    public async Task<bool> DeleteAsync(ProfileTenant tenant, string id, CancellationToken cancellationToken = default)
    {
        if (!await store.DeleteAsync(tenant.Id, id, cancellationToken))
        {
            return false;
        }

        await subscriptions.DeleteForProfileAsync(id, cancellationToken);
        return true;
    }

    /// <summary>A page of matches, or null when the tenant has no such profile. Paging is validated by the caller.</summary>
    public async Task<MatchesResponseDto?> GetMatchesAsync(ProfileTenant tenant, string id, MatchesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = await store.GetAsync(tenant.Id, id, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var today = BerlinCalendar.Today(time);
        var ranking = await RankAsync(profile, request.IncludeIneligible ?? false, request.IncludePartnerRoles ?? false, cancellationToken);
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? 20;
        var skip = (int)Math.Min(int.MaxValue, (page - 1L) * pageSize);
        var items = ranking.Explain(skip, pageSize).Select(m => m.ToDto(today)).ToList();
        return new MatchesResponseDto(ranking.Count, page, pageSize, items) { Clarifications = ranking.Clarifications().Select(c => c.ToDto()).ToList() };
    }

    /// <summary>What to clarify next for a profile (listed programmes as in its matches with partner roles), or null when unknown.</summary>
    public async Task<IReadOnlyList<ClarificationDto>?> GetClarificationsAsync(ProfileTenant tenant, string id, CancellationToken cancellationToken = default)
    {
        var profile = await store.GetAsync(tenant.Id, id, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var ranking = await RankAsync(profile, includeIneligible: false, includePartnerRoles: false, cancellationToken);
        return ranking.Clarifications().Select(c => c.ToDto()).ToList();
    }

    /// <summary>Matches a profile against the current programmes (goal texts run through the search index), all explained.</summary>
    public async Task<IReadOnlyList<ProgrammeMatch>> MatchAsync(MunicipalityProfile profile, bool includeIneligible, bool includePartnerRoles, CancellationToken cancellationToken = default)
    {
        var ranking = await RankAsync(profile, includeIneligible, includePartnerRoles, cancellationToken);
        return ranking.Explain(0, ranking.Count);
    }

    /// <summary>Ranks a profile's matches without explaining them yet: page with <see cref="MatchRanking.Explain"/>.</summary>
    public async Task<MatchRanking> RankAsync(MunicipalityProfile profile, bool includeIneligible, bool includePartnerRoles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var relevance = new List<IReadOnlyDictionary<string, double>>(profile.Goals.Count);
        foreach (var goal in profile.Goals)
        {
            var text = GoalQuery.TextOf(goal);
            relevance.Add(text is null ? new Dictionary<string, double>() : await search.RelevanceAsync(text, cancellationToken));
        }

        return ProfileMatcher.Rank(new MatchRequest
        {
            Profile = profile,
            Programmes = await search.AllAsync(cancellationToken),
            Today = BerlinCalendar.Today(time),
            GoalRelevance = relevance,
            IncludeIneligible = includeIneligible,
            IncludePartnerRoles = includePartnerRoles,
        });
    }

    /// <summary>The profile behind a secret calendar link (any tenant), or null.</summary>
    public Task<MunicipalityProfile?> FindBySecretIdAsync(string id, CancellationToken cancellationToken = default) =>
        store.GetBySecretIdAsync(id, cancellationToken);

    /// <summary>The domain profile of a tenant, or null.</summary>
    public Task<MunicipalityProfile?> FindAsync(ProfileTenant tenant, string id, CancellationToken cancellationToken = default) =>
        store.GetAsync(tenant.Id, id, cancellationToken);
}
