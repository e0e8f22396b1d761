using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationFunding.TestKit;

/// <summary>What every in-process test host shares: the Testing environment, its own SQLite file and a fake clock.</summary>
public static class TestHostSetup
{
    public static IWebHostBuilder UseTestStorageAndClock(this IWebHostBuilder builder, string databasePath, FakeTimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DatabasePath", databasePath);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FakeNowRealTimers(time));
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
