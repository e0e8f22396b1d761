using IntegrationFunding.Domain.Time;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Output caching of the public programme reads (search, detail, taxonomy). A cached answer is keyed by the full
/// query string, the Berlin day (statuses and "next deadline" depend on it) and the generation of the search
/// snapshot that is current when the key is made, not the database's generation: the answer then comes from that
/// snapshot or a newer one (snapshots only move forward), never from an older one, so an answer computed from the
/// old snapshot during a refresh can never be stored under the new generation's key. A change is visible as soon
/// as the host has applied it to the index (within about a second).
/// </summary>
internal static class PublicReadCaching
{
    public const string Policy = "public-read";

    public static IServiceCollection AddPublicReadCaching(this IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64 * 1024 * 1024;
            o.AddPolicy(Policy, b => b
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery("*")
                .VaryByValue(context =>
                {
                    var generation = context.RequestServices.GetRequiredService<SearchIndex>().Generation;
                    var today = BerlinCalendar.Today(context.RequestServices.GetRequiredService<TimeProvider>());
                    return new KeyValuePair<string, string>("data", FormattableString.Invariant($"{generation}@{today:yyyy-MM-dd}"));
                }));
        });
        return services;
    }

    public static TBuilder CachePublicRead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(Policy);
}
