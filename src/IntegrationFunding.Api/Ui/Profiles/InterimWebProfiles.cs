using System.Collections.Concurrent;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Search.Querying;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>
/// INTERIM (until feat/matching's ProfileService is merged): profiles kept in memory for the life of the process
/// and matched by <see cref="InterimMatcher"/>. LEAD: replace with an adapter over ProfileService (SQLite, web tenant).
/// </summary>
public sealed class InterimWebProfiles(ProgrammeSearch search, TimeProvider time) : IWebProfiles
{
    private readonly ConcurrentDictionary<string, MunicipalityProfile> _profiles = new(StringComparer.Ordinal);

    public Task<MunicipalityProfile> CreateAsync(MunicipalityProfile draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var profile = draft with { Id = ProfileIds.New() };
        _profiles[profile.Id] = profile;
        return Task.FromResult(profile);
    }

    public Task<MunicipalityProfile?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.GetValueOrDefault(id));

    public Task<bool> UpdateAsync(MunicipalityProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!_profiles.ContainsKey(profile.Id))
        {
            return Task.FromResult(false);
        }

        _profiles[profile.Id] = profile;
        return Task.FromResult(true);
    }

    public async Task<IReadOnlyList<ProfileMatch>> MatchesAsync(MunicipalityProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var relevance = new Dictionary<ProfileGoal, IReadOnlyDictionary<string, double>>();
        foreach (var goal in profile.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Text)))
        {
            relevance[goal] = await search.RelevanceAsync(goal.Text!, cancellationToken);
        }

        var today = BerlinCalendar.Today(time);
        return (await search.AllAsync(cancellationToken))
            .Select(p => InterimMatcher.Match(profile, p, today, relevance))
            .OfType<ProfileMatch>()
            .Where(m => m.Eligibility != ProfileMatch.Ineligible)
            .OrderBy(m => m.Eligibility == ProfileMatch.Eligible ? 0 : 1)
            .ThenByDescending(m => m.Score)
            .ThenBy(m => m.Programme.Name, StringComparer.Ordinal)
            .ToList();
    }
}
