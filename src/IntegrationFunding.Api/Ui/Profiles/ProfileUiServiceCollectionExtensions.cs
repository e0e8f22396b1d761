namespace IntegrationFunding.Api.Ui.Profiles;

internal static class ProfileUiServiceCollectionExtensions
{
    /// <summary>Services behind the "Mein Förderprofil" pages.</summary>
    public static IServiceCollection AddWebUiProfiles(this IServiceCollection services) => services;
}
