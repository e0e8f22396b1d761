using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>A global limiter partitioned per client address, chained with one per API key; 429 problem with Retry-After.</summary>
internal static class RateLimitingExtensions
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, configured) =>
        {
            var o = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => o.Enabled
                    ? RateLimitPartition.GetFixedWindowLimiter("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(o.PermitsPerAddress, o.Window))
                    : RateLimitPartition.GetNoLimiter("off")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => o.Enabled && KeyId(http) is { } id
                    ? RateLimitPartition.GetFixedWindowLimiter("key:" + id, _ => Window(o.PermitsPerKey, o.Window))
                    : RateLimitPartition.GetNoLimiter("none")));
        });
        return services;
    }

    public static WebApplication UseApiRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    /// <summary>The public id part of an API key (<c>ifk_&lt;id&gt;_…</c>), so secrets never become partition keys.</summary>
    private static string? KeyId(HttpContext http)
    {
        var key = http.Request.Headers[ApiKeyFilter.HeaderName].ToString();
        if (!key.StartsWith("ifk_", StringComparison.Ordinal))
        {
            return null;
        }

        var end = key.IndexOf('_', 4);
        return end > 4 && end - 4 <= 32 ? key[4..end] : null;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = $"Zu viele Anfragen. Bitte in {seconds} Sekunden erneut versuchen.",
            },
        });
    }
}
