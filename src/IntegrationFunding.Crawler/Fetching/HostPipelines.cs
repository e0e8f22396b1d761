using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polly;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// One resilience pipeline (and so one circuit breaker) per origin: scheme, host and port, like
/// Microsoft.Extensions.Http.Resilience's <c>SelectPipelineByAuthority</c>. Two servers on one machine but
/// different ports are different breakers; a broken host never blocks another. The breakers live as long as
/// the crawler (across runs), so a host that was just opened stays blocked for the break duration.
/// </summary>
public sealed class HostPipelines(IOptions<CrawlerOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _pipelines = new(StringComparer.Ordinal);

    public ResiliencePipeline<HttpResponseMessage> For(Uri url) =>
        _pipelines.GetOrAdd(KeyOf(url), _ => CrawlerResiliencePipeline.Build(options.Value, timeProvider));

    /// <summary>The breaker key of a URL: <c>scheme://host:port</c>, lower case.</summary>
    public static string KeyOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return $"{url.Scheme}://{url.IdnHost}:{url.Port}".ToLowerInvariant();
    }
}
