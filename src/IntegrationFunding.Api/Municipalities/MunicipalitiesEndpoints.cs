using IntegrationFunding.Api.Endpoints;
using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage.Municipalities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationFunding.Api.Municipalities;

/// <summary>The municipality register: <c>/api/v1/municipalities</c> (public reads, rate-limited like the other reads).</summary>
internal static class MunicipalitiesEndpoints
{
    public const int MaxQueryLength = 100;

    public static RouteGroupBuilder MapMunicipalities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/municipalities").WithTags("Gemeindeverzeichnis")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/", Search)
            .WithName("SearchMunicipalities")
            .WithSummary("Länder, Kreise, Gemeindeverbände und Gemeinden suchen")
            .WithDescription("Amtliches Gemeindeverzeichnis GV100AD von Destatis: Suche nach Name (Umlaute egal), Postleitzahl oder Schlüsselanfang. "
                + "Quelle: © Statistisches Bundesamt (Destatis) – siehe Feld attribution.");
        group.MapGet("/{ags}", GetByKey)
            .WithName("GetMunicipality")
            .WithSummary("Ein Eintrag des Gemeindeverzeichnisses nach Schlüssel")
            .WithDescription("Schlüssel: 2 Ziffern (Land), 5 (Kreis), 8 (Gemeinde, AGS), 9 (Gemeindeverband, ARS) oder 12 (ARS einer Gemeinde).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<MunicipalitySearchResponseDto>, ValidationProblem>> Search(
        [AsParameters] MunicipalitySearchRequest request, MunicipalityRegister register, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var index = await register.GetAsync(cancellationToken);
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? 20;
        var result = index.Search(new RegisterQuery(request.Q, request.Level ?? [], page, pageSize));
        var edition = index.Edition;
        return TypedResults.Ok(new MunicipalitySearchResponseDto(
            result.Total, page, pageSize, edition is null ? [] : result.Items.Select(e => e.ToDto(edition)).ToList(),
            edition?.Gebietsstand.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), edition?.Attribution));
    }

    private static async Task<Results<Ok<MunicipalityDto>, ValidationProblem, ProblemHttpResult>> GetByKey(
        string ags, MunicipalityRegister register, CancellationToken cancellationToken)
    {
        if (RegisterKeys.Normalise(ags) is not { } key)
        {
            var shown = ags.Length > 40 ? ags[..40] + "…" : ags;
            return Problems.Invalid(new() { ["ags"] = [$"Der Schlüssel muss aus 2 (Land), 5 (Kreis), 8 (Gemeinde), 9 (Gemeindeverband) oder 12 Ziffern (ARS einer Gemeinde) bestehen, nicht \"{shown}\"."] });
        }

        var index = await register.GetAsync(cancellationToken);
        return index.Find(key) is { } entry && index.Edition is { } edition
            ? TypedResults.Ok(entry.ToDto(edition))
            : Problems.NotFound($"Im Gemeindeverzeichnis{(index.Edition is { } e ? $" (Gebietsstand {e.Gebietsstand:dd.MM.yyyy})" : "")} gibt es keinen Eintrag mit dem Schlüssel \"{ags}\".");
    }

    private static Dictionary<string, string[]> Validate(MunicipalitySearchRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"Der Suchtext 'q' darf höchstens {MaxQueryLength} Zeichen lang sein."];
        }

        foreach (var level in request.Level ?? [])
        {
            if (!RegisterLevels.All.Contains(level))
            {
                var shown = level.Length > 40 ? level[..40] + "…" : level;
                errors["level"] = [$"Unbekannte Ebene \"{shown}\" in 'level' (erlaubt: land, kreis, gemeindeverband, gemeinde)."];
            }
        }

        if (request.Page is < 1)
        {
            errors["page"] = ["Der Parameter 'page' muss mindestens 1 sein."];
        }

        if (request.PageSize is < 1 or > 100)
        {
            errors["pageSize"] = ["Der Parameter 'pageSize' muss zwischen 1 und 100 liegen."];
        }

        return errors;
    }
}
