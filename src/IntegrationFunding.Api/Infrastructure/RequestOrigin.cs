using IntegrationFunding.Digest.Subscriptions;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>The <see cref="SubscriptionOrigin"/> of a request: client address and the scheme, host and path base the client used.</summary>
internal static class RequestOrigin
{
    public static SubscriptionOrigin Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        return new SubscriptionOrigin(http.Connection.RemoteIpAddress?.ToString(), $"{request.Scheme}://{request.Host}{request.PathBase}");
    }
}
