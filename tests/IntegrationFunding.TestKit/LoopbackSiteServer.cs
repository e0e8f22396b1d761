using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationFunding.TestKit;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) serving fixture pages and fault endpoints that tests map by
/// path. Pages served with <see cref="MapPage"/> support conditional GET (ETag); every request is counted.
/// </summary>
public sealed class LoopbackSiteServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _log = new();
    private readonly WebApplication _app;

    private LoopbackSiteServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Paths requested, in order (with the answered status appended by handlers that care).</summary>
    public IReadOnlyCollection<string> RequestLog => _log;

    public static async Task<LoopbackSiteServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackSiteServer? server = null;
        app.Run(context => server!.DispatchAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>Serves text with an ETag of its content; answers 304 to a matching If-None-Match.</summary>
    public void MapPage(string path, string content, string contentType = "text/html; charset=utf-8") =>
        MapBytes(path, System.Text.Encoding.UTF8.GetBytes(content), contentType);

    public void MapBytes(string path, byte[] content, string contentType)
    {
        var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))[..16] + "\"";
        Map(path, async context =>
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.ContentType = contentType;
            context.Response.ContentLength = content.Length;
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        });
    }

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task DispatchAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        _log.Enqueue(path + context.Request.QueryString);
        if (_routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
