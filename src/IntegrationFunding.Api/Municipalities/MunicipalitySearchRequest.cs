using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationFunding.Api.Municipalities;

/// <summary>The query of <c>GET /api/v1/municipalities</c>.</summary>
public sealed record MunicipalitySearchRequest(
    [property: Description("Name (mit oder ohne Umlaute: \"Muenchen\" findet München), Postleitzahl oder Anfang eines Schlüssels (AGS/ARS); höchstens 100 Zeichen.")] [FromQuery(Name = "q")] string? Q,
    [property: Description("Ebene, wiederholbar: land, kreis, gemeindeverband, gemeinde (Standard: alle).")] [FromQuery(Name = "level")] string[]? Level,
    [property: Description("Seite, ab 1.")] [FromQuery(Name = "page")] int? Page,
    [property: Description("Einträge je Seite, 1–100 (Standard 20).")] [FromQuery(Name = "pageSize")] int? PageSize);
