namespace IntegrationFunding.Api.Municipalities;

internal static class MunicipalitiesServiceCollectionExtensions
{
    /// <summary>The municipality register: default edition imported at first start (the stores come with AddStorage).</summary>
    public static IServiceCollection AddMunicipalityRegister(this IServiceCollection services)
    {
        services.AddHostedService<MunicipalityRegisterBootstrapper>();
        return services;
    }
}
