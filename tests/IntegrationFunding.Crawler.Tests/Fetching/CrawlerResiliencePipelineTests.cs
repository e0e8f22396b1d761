using System.Net;
using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Tests.Fakes;

namespace IntegrationFunding.Crawler.Tests.Fetching;

/// <summary>Retry waits of the real pipeline, observed through a recording clock (no real waiting).</summary>
public sealed class CrawlerResiliencePipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static readonly CrawlerOptions Options = new()
    {
        MaxRetries = 1,
        RetryBaseDelay = TimeSpan.FromSeconds(1),
        MaxRetryAfter = TimeSpan.FromMinutes(2),
        RequestTimeout = TimeSpan.FromSeconds(7),
        CircuitMinimumThroughput = 1000,
    };

    [Fact]
    public async Task Execute_TooManyRequestsWithRetryAfterOneHour_WaitsOnlyMaxRetryAfter()
    {
        var (waits, calls, final) = await RunAsync(Options, first => first.Headers.Add("Retry-After", "3600"));

        Assert.Equal([Options.MaxRetryAfter], waits);
        Assert.Equal(2, calls);
        Assert.Equal(HttpStatusCode.OK, final);
    }

    [Theory]
    [InlineData(45, 45)]
    [InlineData(2 * 3600, 120)]
    public async Task Execute_RetryAfterAsHttpDate_WaitsUntilThatDateCapped(int secondsAhead, int expectedSeconds)
    {
        var (waits, calls, _) = await RunAsync(Options, first => first.Headers.RetryAfter =
            new System.Net.Http.Headers.RetryConditionHeaderValue(Now.AddSeconds(secondsAhead)));

        Assert.Equal([TimeSpan.FromSeconds(expectedSeconds)], waits);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Execute_RetryAfterDateInThePast_RetriesWithoutWaiting()
    {
        var (waits, calls, final) = await RunAsync(Options, first => first.Headers.RetryAfter =
            new System.Net.Http.Headers.RetryConditionHeaderValue(Now.AddMinutes(-5)));

        Assert.All(waits, w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(2, calls);
        Assert.Equal(HttpStatusCode.OK, final);
    }

    [Fact]
    public async Task Execute_ServiceUnavailableWithoutRetryAfter_BacksOffWithJitterBelowTheCap()
    {
        var options = new CrawlerOptions
        {
            MaxRetries = 4, RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryAfter = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromSeconds(7), CircuitMinimumThroughput = 1000,
        };
        var firstWaits = new List<TimeSpan>();
        for (var run = 0; run < 5; run++)
        {
            var (waits, calls, _) = await RunAsync(options, _ => { }, failures: 4, HttpStatusCode.ServiceUnavailable);
            Assert.Equal(5, calls);
            Assert.Equal(4, waits.Count);
            Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromTicks(1), options.MaxRetryAfter));
            firstWaits.Add(waits[0]);
        }

        Assert.True(firstWaits.Distinct().Count() > 1, $"Ohne Jitter: {string.Join(", ", firstWaits)}");
    }

    /// <summary>Answers 429 (or <paramref name="status"/>, shaped by <paramref name="shapeFailure"/>) <paramref name="failures"/> times, then 200.</summary>
    private static async Task<(IReadOnlyList<TimeSpan> Waits, int Calls, HttpStatusCode Final)> RunAsync(
        CrawlerOptions options, Action<HttpResponseMessage> shapeFailure, int failures = 1, HttpStatusCode status = HttpStatusCode.TooManyRequests)
    {
        var time = new RecordingTimeProvider(Now, options.RequestTimeout);
        var pipeline = CrawlerResiliencePipeline.Build(options, time);
        var calls = 0;
        using var response = await pipeline.ExecuteAsync(_ =>
        {
            if (++calls > failures)
            {
                return ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
            }

            var failure = new HttpResponseMessage(status);
            shapeFailure(failure);
            return ValueTask.FromResult(failure);
        });
        return (time.Waits, calls, response.StatusCode);
    }
}
