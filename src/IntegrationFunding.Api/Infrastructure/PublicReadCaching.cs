using IntegrationFunding.Domain.Time;
using IntegrationFunding.Storage.Programmes;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Output caching of the public programme reads (search, detail, taxonomy). A cached answer is keyed by the full
/// query string, the Berlin day (statuses and "next deadline" depend on it) and the programme generation, so any
/// committed change of the programme set is visible at the latest <see cref="GenerationProbe.MaxAge"/> later.
/// </summary>
internal static class PublicReadCaching
{
    public const string Policy = "public-read";

    public static IServiceCollection AddPublicReadCaching(this IServiceCollection services)
    {
        services.AddSingleton<GenerationProbe>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64 * 1024 * 1024;
            o.AddPolicy(Policy, b => b
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery("*")
                .VaryByValue(async (context, cancellationToken) =>
                {
                    var generation = await context.RequestServices.GetRequiredService<GenerationProbe>().GetAsync(cancellationToken);
                    var today = BerlinCalendar.Today(context.RequestServices.GetRequiredService<TimeProvider>());
                    return new KeyValuePair<string, string>("data", FormattableString.Invariant($"{generation}@{today:yyyy-MM-dd}"));
                }));
        });
        return services;
    }

    public static TBuilder CachePublicRead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(Policy);
}

/// <summary>The programme generation, read from the database at most once per <see cref="MaxAge"/>.</summary>
internal sealed class GenerationProbe(ProgrammeStore store, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);
    private (long Generation, DateTimeOffset ReadAt) _last = (long.MinValue, DateTimeOffset.MinValue);

    public async ValueTask<long> GetAsync(CancellationToken cancellationToken)
    {
        var last = _last;
        var now = time.GetUtcNow();
        if (now - last.ReadAt < MaxAge && now >= last.ReadAt)
        {
            return last.Generation;
        }

        var generation = await store.GetGenerationAsync(cancellationToken);
        _last = (generation, now);
        return generation;
    }
}
