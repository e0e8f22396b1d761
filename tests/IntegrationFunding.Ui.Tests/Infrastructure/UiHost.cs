using System.Net;
using IntegrationFunding.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationFunding.Ui.Tests.Infrastructure;

/// <summary>The real host on a real Kestrel socket (127.0.0.1, free port), a temp SQLite file and a fake clock (2026-11-21).</summary>
public sealed class UiHost : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new();

    public UiHost()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public FakeTimeProvider Time { get; } = TestClock.Create();

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseTestStorageAndClock(_directory.File("ui.db"), Time);
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
