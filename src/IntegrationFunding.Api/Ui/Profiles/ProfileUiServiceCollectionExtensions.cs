namespace IntegrationFunding.Api.Ui.Profiles;

internal static class ProfileUiServiceCollectionExtensions
{
    /// <summary>Services behind the "Mein Förderprofil" pages.</summary>
    public static IServiceCollection AddWebUiProfiles(this IServiceCollection services)
    {
        // LEAD: after merging feat/matching, register an IWebProfiles adapter over ProfileService here.
        services.AddSingleton<IWebProfiles, InterimWebProfiles>();
        services.AddSingleton<MatchesCsv>();
        return services;
    }
}
