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

    /// <summary>True when the page should show the German "profile not found" text (see <c>_ProfileNotFound</c>).</summary>
    public bool ProfileMissing { get; private set; }

    /// <summary>Answers 404 with this page, which then shows the German "profile not found" text instead of the profile.</summary>
    protected PageResult ProfileNotFound()
    {
        ProfileMissing = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

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
