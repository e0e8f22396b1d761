using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polly;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>One resilience pipeline (and so one circuit breaker) per host.</summary>
public sealed class HostPipelines(IOptions<CrawlerOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _pipelines = new(StringComparer.Ordinal);

    public ResiliencePipeline<HttpResponseMessage> For(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _pipelines.GetOrAdd(url.IdnHost.ToLowerInvariant(), _ => CrawlerResiliencePipeline.Build(options.Value, timeProvider));
    }
}
