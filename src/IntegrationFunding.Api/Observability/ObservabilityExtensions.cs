using IntegrationFunding.Crawler.Runs;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;

namespace IntegrationFunding.Api.Observability;

/// <summary>
/// Operations: structured logs with request ids and without personal data, readiness checks for
/// <c>/healthz/ready</c>, and every System.Diagnostics.Metrics meter (the product's, ASP.NET Core's, HttpClient's,
/// the runtime's) on the Prometheus endpoint <c>/metrics</c> via prometheus-net.
/// </summary>
internal static class ObservabilityExtensions
{
    public const string ReadyPath = "/healthz/ready";
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        // Structured JSON lines with scopes (request id, trace id); Development keeps the readable console format.
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        // ASP.NET Core's request logs and their scope carry raw paths and query strings (tokens, profile secrets).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.EndpointMiddleware", LogLevel.Warning);

        // Every meter except the runtime's private QUIC diagnostics (dozens of always-zero series).
        Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = i => !i.Meter.Name.StartsWith("Private.", StringComparison.Ordinal));
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("datenbank", tags: ["ready"])
            .AddCheck<SearchIndexHealthCheck>("suchindex", tags: ["ready"])
            .AddCheck<CrawlFreshnessHealthCheck>("crawls", tags: ["ready"]);
        builder.Services.AddSingleton<ICrawlCompletedHandler, CrawlMetrics>();
        builder.Services.AddSingleton<IndexLagGauge>();
        return builder;
    }

    /// <summary>Request logging and endpoint metrics; call after routing-relevant middleware, before the endpoints.</summary>
    public static WebApplication UseObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<EndpointMetricsMiddleware>();
        _ = app.Services.GetRequiredService<IndexLagGauge>();
        return app;
    }

    public static IEndpointRouteBuilder MapObservability(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapMetrics(MetricsPath);
        return app;
    }
}
