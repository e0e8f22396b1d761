using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace IntegrationFunding.Api.Infrastructure;

internal static class ApiInfrastructureExtensions
{
    public static IServiceCollection AddApiInfrastructure(this IServiceCollection services)
    {
        services.TryAddTimeProvider();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = GermanProblemDetails.Customize);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddSecurityHeaders();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => GermanBindingMessages.Apply(o.ModelBindingMessageProvider));
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new PageHandlerGuard()));   // every Razor page
        // Binding failures throw in every environment, so the handler can answer with a German problem naming the parameter.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer<OpenApiDocumentInfo>());
        services.AddHostedService<CatalogueBootstrapper>();
        services.AddSingleton<IntegrationFunding.Crawler.Runs.ICrawlCompletedHandler, RefreshSearchAfterCrawl>();
        services.AddPublicReadCaching();
        return services;
    }

    public static WebApplication UseApiInfrastructure(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();                  // problem+json for API clients (outer) …
        app.UseBrowserErrorPages();                // … the German error page for browsers (inner, answers first)
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "IntegrationFunding API v1");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "Förder-Navigator Integration – API";
        });
        app.UseHeadAsGet();
        // Routing after the error middlewares, so a re-executed error page (/fehler/404) is routed anew.
        app.UseRouting();
        return app;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
