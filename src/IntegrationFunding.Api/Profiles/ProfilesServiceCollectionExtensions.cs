using IntegrationFunding.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationFunding.Api.Profiles;

public static class ProfilesServiceCollectionExtensions
{
    /// <summary>Registers the profile service (profiles, matches) and the API-key filter of the profile endpoints.</summary>
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.TryAddSingleton<ProfileService>();
        services.TryAddSingleton<ApiKeyFilter>();
        return services;
    }
}
