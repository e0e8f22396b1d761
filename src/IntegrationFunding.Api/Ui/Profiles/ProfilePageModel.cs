using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>Base of the pages under a profile's private link: loads the profile and its matches.</summary>
public abstract class ProfilePageModel(IWebProfiles profiles, TimeProvider time) : PageModel
{
    public MunicipalityProfile Profile { get; private set; } = null!;

    public IReadOnlyList<ProfileMatch> Matches { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The private link to this profile's matches.</summary>
    public string PrivateLink => $"{Request.Scheme}://{Request.Host}/profil/{Profile.Id}";

    protected async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Today = BerlinCalendar.Today(time);
        var profile = ProfileIds.LooksValid(id) ? await profiles.GetAsync(id, cancellationToken) : null;
        if (profile is null)
        {
            return false;
        }

        Profile = profile;
        Matches = await profiles.MatchesAsync(profile, cancellationToken);
        return true;
    }
}
