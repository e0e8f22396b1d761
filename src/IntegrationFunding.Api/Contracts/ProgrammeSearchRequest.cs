using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationFunding.Api.Contracts;

/// <summary>Query parameters of <c>GET /api/v1/programmes</c>. List filters are repeatable (or comma-separated).</summary>
public sealed record ProgrammeSearchRequest(
    [property: Description("Deutscher Freitext, z. B. \"Sprachkurs für Geflüchtete\" (höchstens 500 Zeichen).")] [FromQuery(Name = "q")] string? Q,
    [property: Description("Handlungsfeld-IDs (siehe /api/v1/taxonomy), wiederholbar.")] [FromQuery(Name = "topic")] string[]? Topic,
    [property: Description("Antragsberechtigte-IDs, wiederholbar.")] [FromQuery(Name = "applicant")] string[]? Applicant,
    [property: Description("Länder (ISO 3166-2, z. B. DE-NW); bundesweite Programme sind immer enthalten.")] [FromQuery(Name = "state")] string[]? State,
    [property: Description("Ebenen: eu, bund, land, kommune, stiftung, sonstige.")] [FromQuery(Name = "level")] string[]? Level,
    [property: Description("Zielgruppen-IDs, wiederholbar.")] [FromQuery(Name = "targetGroup")] string[]? TargetGroup,
    [property: Description("Status: open, upcoming, closed, unknown.")] [FromQuery(Name = "status")] string[]? Status,
    [property: Description("Zusatzfilter Fristart: rolling, fixed, periodic, closed, unknown.")] [FromQuery(Name = "deadlineType")] string[]? DeadlineType,
    [property: Description("Höchster bekannter Eigenanteil in Prozent; Programme ohne bekannten Eigenanteil bleiben enthalten (ownShareUnknown).")] [FromQuery(Name = "maxOwnShare")] decimal? MaxOwnShare,
    [property: Description("Nur Programme mit einer Frist an oder nach diesem Tag (JJJJ-MM-TT).")] [FromQuery(Name = "deadlineFrom")] DateOnly? DeadlineFrom,
    [property: Description("Nur Programme mit einer Frist an oder vor diesem Tag (JJJJ-MM-TT).")] [FromQuery(Name = "deadlineTo")] DateOnly? DeadlineTo,
    [property: Description("Nur Programme, für die an diesem Tag ein Antrag möglich ist (JJJJ-MM-TT).")] [FromQuery(Name = "openOn")] DateOnly? OpenOn,
    [property: Description("relevance (Standard), deadline oder newest.")] [FromQuery(Name = "sort")] string? Sort,
    [property: Description("Seite, ab 1.")] [FromQuery(Name = "page")] int? Page,
    [property: Description("Treffer je Seite, 1–100 (Standard 20).")] [FromQuery(Name = "pageSize")] int? PageSize);
