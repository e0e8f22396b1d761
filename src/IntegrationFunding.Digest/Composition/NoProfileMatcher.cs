using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Digest.Composition;

/// <summary>Used until profile matching is wired in: no profile exists, so profile subscriptions are refused.</summary>
internal sealed class NoProfileMatcher : IProfileMatcher
{
    public Task<string?> DescribeAsync(string profileId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> MatchAsync(
        string profileId, IReadOnlyList<Programme> programmes, DateOnly today, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(new Dictionary<string, IReadOnlyList<string>>());
}
