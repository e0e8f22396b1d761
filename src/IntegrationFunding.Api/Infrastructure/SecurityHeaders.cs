namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Security headers on every response (NetEscapades.AspNetCore.SecurityHeaders): nosniff, no framing
/// (<c>X-Frame-Options: DENY</c>, <c>frame-ancestors 'none'</c>), <c>Referrer-Policy</c>, and a strict CSP: the
/// UI has no inline script and no inline style, so it gets <c>default-src 'none'</c> plus its own style sheets, its own
/// external scripts (the register autocomplete <c>/js/kommune.js</c>, which calls <c>/api/v1/municipalities</c> on the
/// same origin) and form posts. Swagger UI (under <c>/swagger</c>) runs its own scripts and inline styles: it gets a policy of its own.
/// </summary>
internal static class SecurityHeaders
{
    private const string SwaggerPolicy = "swagger";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddSecurityHeaderPolicies(builder => builder
            .SetDefaultPolicy(policy => policy
                .AddDefaultSecurityHeaders()
                .AddContentTypeOptionsNoSniff()
                .AddFrameOptionsDeny()
                .AddReferrerPolicyStrictOriginWhenCrossOrigin()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().None();
                    csp.AddScriptSrc().Self();
                    csp.AddConnectSrc().Self();
                    csp.AddStyleSrc().Self();
                    csp.AddImgSrc().Self();
                    csp.AddFormAction().Self();
                    csp.AddBaseUri().None();
                    csp.AddObjectSrc().None();
                    csp.AddFrameAncestors().None();
                }))
            .AddPolicy(SwaggerPolicy, policy => policy
                .AddDefaultSecurityHeaders()
                .AddContentTypeOptionsNoSniff()
                .AddFrameOptionsDeny()
                .AddReferrerPolicyStrictOriginWhenCrossOrigin()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self();
                    csp.AddStyleSrc().Self().UnsafeInline();
                    csp.AddImgSrc().Self().Data();
                    csp.AddConnectSrc().Self();
                    csp.AddBaseUri().None();
                    csp.AddObjectSrc().None();
                    csp.AddFrameAncestors().None();
                }))
            .SetPolicySelector(context => context.HttpContext.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase)
                ? context.ConfiguredPolicies[SwaggerPolicy]
                : context.SelectedPolicy));
}
