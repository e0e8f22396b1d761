using System.Net.Http.Headers;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>Reads the Retry-After header (seconds or an HTTP date) of a 429/503 response.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Of(HttpResponseMessage? response, DateTimeOffset now)
    {
        RetryConditionHeaderValue? header = response?.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        return header.Date is { } date ? (date - now < TimeSpan.Zero ? TimeSpan.Zero : date - now) : null;
    }
}
