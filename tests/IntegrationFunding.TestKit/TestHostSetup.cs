using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationFunding.TestKit;

/// <summary>What every in-process test host shares: the Testing environment, its own SQLite file and a manual clock.</summary>
public static class TestHostSetup
{
    public static IWebHostBuilder UseTestStorageAndClock(this IWebHostBuilder builder, string databasePath, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DatabasePath", databasePath);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(time);
        });
        return builder;
    }

    /// <summary>Releases pooled SQLite connections so the temp folder can be deleted.</summary>
    public static void ReleaseDatabase(TempDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}
