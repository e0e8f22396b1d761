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

    /// <summary>Serves on a real Kestrel socket on 127.0.0.1 (free port), so requests have a client address and a host; returns the base address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return new Uri(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseTestStorageAndClock(DatabasePath, Time);
        // Tests send many requests from one (in-process: unknown) address; production limits are tested with their own settings.
        builder.UseSetting("RateLimiting:PermitsPerAddress", "1000000");
        builder.UseSetting("RateLimiting:PermitsPerKey", "1000000");
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
