using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationFunding.Api.Observability;

/// <summary>The JSON body of <c>/healthz/ready</c>: overall status plus one entry per check.</summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new ReadinessDto(
            report.Status.ToString(),
            report.TotalDuration.TotalMilliseconds,
            [.. report.Entries.Select(e => new CheckDto(e.Key, e.Value.Status.ToString(), e.Value.Description, e.Value.Duration.TotalMilliseconds, e.Value.Data))]);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    internal sealed record ReadinessDto(string Status, double DurationMs, IReadOnlyList<CheckDto> Checks);

    internal sealed record CheckDto(string Name, string Status, string? Description, double DurationMs, IReadOnlyDictionary<string, object> Data);
}
