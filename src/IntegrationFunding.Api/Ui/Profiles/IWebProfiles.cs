using IntegrationFunding.Domain.Profiles;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>
/// What the "Mein Förderprofil" pages need: profiles owned by the web (no API key; the unguessable id is the
/// secret link) and their matches. Implemented by <see cref="MatchingWebProfiles"/> over the API's ProfileService.
/// </summary>
public interface IWebProfiles
{
    /// <summary>Stores a new profile (its <c>Id</c> is ignored); the result carries the fresh unguessable id or German errors.</summary>
    Task<ProfileSaveResult> CreateAsync(MunicipalityProfile draft, CancellationToken cancellationToken);

    Task<MunicipalityProfile?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces a profile; <see cref="ProfileSaveResult.NotFound"/> when the id is unknown.</summary>
    Task<ProfileSaveResult> UpdateAsync(MunicipalityProfile profile, CancellationToken cancellationToken);

    /// <summary>Deletes a profile and the digest subscriptions watching it; false when the id is unknown.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Eligible and unknown programmes, best first, including partner-role programmes.</summary>
    Task<IReadOnlyList<ProfileMatch>> MatchesAsync(MunicipalityProfile profile, CancellationToken cancellationToken);
}
