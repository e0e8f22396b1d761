using IntegrationFunding.Digest.Composition;
using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Digest.Rendering;
using IntegrationFunding.Digest.Retention;
using IntegrationFunding.Digest.Scheduling;
using IntegrationFunding.Digest.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationFunding.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// Registers subscriptions, composition, rendering, SMTP delivery with the outbox and the digest runner.
    /// Needs AddStorage and AddSearch. The scheduled run is a separate hosted service: <see cref="AddDigestScheduler"/>.
    /// Profile subscriptions use <see cref="MatchingProfileMatcher"/> (ProfileStore + ProfileMatcher) unless another IProfileMatcher is registered first.
    /// </summary>
    public static IServiceCollection AddDigest(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .Configure<IConfiguration>((o, configuration) =>
            {
                if (configuration["PublicBaseUrl"] is { Length: > 0 } url)
                {
                    o.PublicBaseUrl = url;
                }
            })
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || o.PublicBaseUrl is { Length: > 0 }, "Digest:Enabled=true verlangt PublicBaseUrl: " + DigestOptions.MissingBaseUrl)
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>()
            .BindConfiguration(SmtpOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ConfirmationLimitOptions>()
            .BindConfiguration(ConfirmationLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConfirmationLimiter>();
        services.TryAddSingleton<IProfileMatcher, MatchingProfileMatcher>();
        services.TryAddSingleton<IMailTransport, SmtpMailTransport>();
        services.TryAddSingleton<DigestTokens>();
        services.TryAddSingleton<AudienceResolver>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<MailRenderer>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<SubscriptionService>();
        services.TryAddSingleton<DigestRetention>();
        services.TryAddSingleton<DigestRunner>();
        return services;
    }

    /// <summary>Adds the hosted service that runs digests on schedule when <c>Digest__Enabled</c> is true.</summary>
    public static IServiceCollection AddDigestScheduler(this IServiceCollection services)
    {
        services.AddDigest();
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
