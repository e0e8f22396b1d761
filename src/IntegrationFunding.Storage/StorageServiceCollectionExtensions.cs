using IntegrationFunding.Storage.ApiKeys;
using IntegrationFunding.Storage.Catalogue;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Storage.Municipalities;
using IntegrationFunding.Storage.Profiles;
using IntegrationFunding.Storage.Programmes;
using IntegrationFunding.Storage.Reports;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationFunding.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the SQLite database, its schema migrator and the programme store.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<ProgrammeStore>();
        services.TryAddSingleton<ProgrammeWriter>();
        services.TryAddSingleton<ChangeLog>();
        services.TryAddSingleton<CatalogueImporter>();
        services.TryAddSingleton<SubscriptionStore>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<RetentionStore>();
        services.TryAddSingleton<ReportStore>();
        services.TryAddSingleton<ProfileStore>();
        services.TryAddSingleton<ApiKeyStore>();
        services.TryAddSingleton<MunicipalityStore>();
        services.TryAddSingleton<MunicipalityImporter>();
        services.TryAddSingleton<MunicipalityRegister>();
        return services;
    }
}
