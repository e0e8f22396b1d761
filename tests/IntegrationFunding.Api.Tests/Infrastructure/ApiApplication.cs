using IntegrationFunding.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationFunding.Api.Tests.Infrastructure;

/// <summary>The real host in process, on a fresh SQLite file in a temp folder and a fake clock.</summary>
public sealed class ApiApplication : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new();

    public FakeTimeProvider Time { get; } = TestClock.Create();

    public string DatabasePath => _directory.File("api.db");

    public string DataDirectory => _directory.Path;

    /// <summary>Extra configuration (environment-variable style keys with ':' separators).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseTestStorageAndClock(DatabasePath, Time);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TestHostSetup.ReleaseDatabase(_directory);
        }
    }
}
