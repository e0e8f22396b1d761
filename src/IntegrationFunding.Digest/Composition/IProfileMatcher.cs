using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Digest.Composition;

/// <summary>
/// The seam to profile matching (project Matching, profiles in Storage): which programmes fit a municipality
/// profile, each with German reasons. The host registers the real one; the default knows no profiles.
/// </summary>
public interface IProfileMatcher
{
    /// <summary>A short German description of the profile (e.g. its name), or null when the profile does not exist.</summary>
    Task<string?> DescribeAsync(string profileId, CancellationToken cancellationToken);

    /// <summary>Programme id → reasons for every programme that is not ineligible for the profile.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> MatchAsync(
        string profileId, IReadOnlyList<Programme> programmes, DateOnly today, CancellationToken cancellationToken);
}
