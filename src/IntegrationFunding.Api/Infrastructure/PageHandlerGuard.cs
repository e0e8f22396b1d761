using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Razor Pages render a page even when no handler matches the request (<c>TRACE /suche</c>, <c>POST /suche</c>,
/// <c>?handler=x</c>): the page then runs with an unloaded model and fails with a 500. This filter answers for every
/// page instead: 405 with <c>Allow</c> when the page has no handler for the HTTP method, 404 when the method is
/// known but the named handler is not. Re-executed error pages are left alone.
/// </summary>
internal sealed class PageHandlerGuard : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is not null || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next();
            return;
        }

        var allowed = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (allowed.Contains("GET"))
        {
            allowed.Add("HEAD");
        }

        var method = context.HttpContext.Request.Method.ToUpperInvariant();
        if (allowed.Count > 0 && !allowed.Contains(method))
        {
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed.Order(StringComparer.Ordinal));
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (allowed.Count > 0)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
