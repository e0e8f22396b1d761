using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Api.Profiles;
using IntegrationFunding.Domain.Profiles;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>
/// The web UI's profiles: the API's <see cref="ProfileService"/> with the built-in web tenant, whose profiles are
/// reached through their unguessable id (the private link). Matches include partner-role programmes.
/// </summary>
public sealed class MatchingWebProfiles(ProfileService service) : IWebProfiles
{
    public async Task<ProfileSaveResult> CreateAsync(MunicipalityProfile draft, CancellationToken cancellationToken) =>
        ToResult(await service.CreateAsync(ProfileTenant.Web, ToRequest(draft), cancellationToken));

    public Task<MunicipalityProfile?> GetAsync(string id, CancellationToken cancellationToken) =>
        service.FindAsync(ProfileTenant.Web, id, cancellationToken);

    public async Task<ProfileSaveResult> UpdateAsync(MunicipalityProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ToResult(await service.UpdateAsync(ProfileTenant.Web, profile.Id, ToRequest(profile), cancellationToken));
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        service.DeleteAsync(ProfileTenant.Web, id, cancellationToken);

    public async Task<IReadOnlyList<ProfileMatch>> MatchesAsync(MunicipalityProfile profile, CancellationToken cancellationToken) =>
        (await service.MatchAsync(profile, includeIneligible: false, includePartnerRoles: true, cancellationToken))
            .Select(m => new ProfileMatch(m.Programme, m.Score, m.Eligibility, m.Role, m.Reasons, m.Warnings, m.MatchedGoals.Select(g => g.Topic).ToList())
            {
                Verdicts = m.Verdicts, MissingFacts = m.MissingFacts,
            })
            .ToList();

    private static ProfileSaveResult ToResult(ProfileOutcome outcome) =>
        outcome.IsNotFound ? ProfileSaveResult.NotFound : new ProfileSaveResult(outcome.Profile?.Id, outcome.Errors);

    private static ProfileRequest ToRequest(MunicipalityProfile p) => new()
    {
        Name = p.Name, Ags = p.Ags, State = p.State, Kind = p.Kind, Population = p.Population,
        MaxOwnSharePercent = p.MaxOwnSharePercent, BudgetConsolidation = p.BudgetConsolidation, StructurallyWeak = p.StructurallyWeak,
        Goals = p.Goals.Select(g => new ProfileGoalDto(g.Topic, g.Priority, g.Text)).ToList(),
        TargetGroups = p.TargetGroups, HorizonMonths = p.HorizonMonths,
    };
}
