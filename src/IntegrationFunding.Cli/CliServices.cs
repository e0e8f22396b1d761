using IntegrationFunding.Crawler;
using IntegrationFunding.Digest;
using IntegrationFunding.Search;
using IntegrationFunding.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationFunding.Cli;

/// <summary>
/// The CLI's composition root. Configuration uses the host's names: appsettings.json beside the binary, then
/// environment variables (<c>Storage__DatabasePath</c>, <c>Crawler__ConfigDirectory</c>, <c>Smtp__Host</c>, …).
/// </summary>
internal static class CliServices
{
    /// <param name="settings">Overrides applied after the environment (tests use it for <c>Storage:DatabasePath</c>).</param>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddStorage();
        services.AddSearch();
        services.AddCrawler();
        services.AddDigest();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
