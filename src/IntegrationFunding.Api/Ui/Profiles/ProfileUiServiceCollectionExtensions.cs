namespace IntegrationFunding.Api.Ui.Profiles;

internal static class ProfileUiServiceCollectionExtensions
{
    /// <summary>Services behind the "Mein Förderprofil" pages (ProfileService itself comes from AddProfiles).</summary>
    public static IServiceCollection AddWebUiProfiles(this IServiceCollection services)
    {
        services.AddSingleton<IWebProfiles, MatchingWebProfiles>();
        services.AddSingleton<MatchesCsv>();
        return services;
    }
}
