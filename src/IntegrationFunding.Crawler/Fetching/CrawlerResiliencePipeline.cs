using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// The one place resilience is defined: retry (exponential backoff with jitter, honouring Retry-After on
/// 429/503) around a circuit breaker around a per-attempt timeout. One pipeline per host.
/// </summary>
public static class CrawlerResiliencePipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Build(CrawlerOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<IOException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(IsTransient);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryAfter > options.RetryBaseDelay ? options.MaxRetryAfter : options.RetryBaseDelay,
                DelayGenerator = args =>
                {
                    var wanted = RetryAfter.Of(args.Outcome.Result, timeProvider.GetUtcNow());
                    return ValueTask.FromResult<TimeSpan?>(wanted is null ? null : Min(wanted.Value, options.MaxRetryAfter));
                },
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = options.CircuitSamplingDuration,
                BreakDuration = options.CircuitBreakDuration,
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    private static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
