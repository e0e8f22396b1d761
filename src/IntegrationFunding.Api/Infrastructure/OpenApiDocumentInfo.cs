using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>Title and description of the OpenAPI document.</summary>
internal sealed class OpenApiDocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Förder-Navigator Integration API",
            Version = "v1",
            Description = "Öffentliche Schnittstelle für Förderprogramme der kommunalen Integrationsarbeit: Suche, Details, "
                + "Taxonomie, Änderungen, Förderprofile und Abgleich. Fehler als RFC 9457 problem+json mit deutschem 'detail'.",
        };
        return Task.CompletedTask;
    }
}
