using IntegrationFunding.Search;
using IntegrationFunding.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

internal static class BenchServices
{
    public static ServiceProvider Build(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = databasePath })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddStorage();
        services.AddSearch();
        return services.BuildServiceProvider();
    }
}
