using IntegrationFunding.Domain.Profiles;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>
/// What the "Mein Förderprofil" pages need: profiles owned by the web (no API key; the unguessable id is the
/// secret link) and their matches. LEAD: implement this over feat/matching's ProfileService and register it in
/// <see cref="ProfileUiServiceCollectionExtensions"/> instead of <see cref="InterimWebProfiles"/>.
/// </summary>
public interface IWebProfiles
{
    /// <summary>Stores a new profile (its <c>Id</c> is ignored) and returns it with a fresh unguessable id.</summary>
    Task<MunicipalityProfile> CreateAsync(MunicipalityProfile draft, CancellationToken cancellationToken);

    Task<MunicipalityProfile?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces a profile; false when the id is unknown.</summary>
    Task<bool> UpdateAsync(MunicipalityProfile profile, CancellationToken cancellationToken);

    /// <summary>Eligible and unknown programmes, best first, including partner-role programmes.</summary>
    Task<IReadOnlyList<ProfileMatch>> MatchesAsync(MunicipalityProfile profile, CancellationToken cancellationToken);
}
