using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>Query parameters of <c>GET /api/v1/programmes</c>. List filters are repeatable (or comma-separated).</summary>
public sealed record ProgrammeSearchRequest(
    [property: Description("Deutscher Freitext, z. B. \"Sprachkurs für Geflüchtete\" (höchstens 500 Zeichen).")] string? Q,
    [property: Description("Handlungsfeld-IDs (siehe /api/v1/taxonomy), wiederholbar.")] string[]? Topic,
    [property: Description("Antragsberechtigte-IDs, wiederholbar.")] string[]? Applicant,
    [property: Description("Länder (ISO 3166-2, z. B. DE-NW); bundesweite Programme sind immer enthalten.")] string[]? State,
    [property: Description("Ebenen: eu, bund, land, kommune, stiftung, sonstige.")] string[]? Level,
    [property: Description("Zielgruppen-IDs, wiederholbar.")] string[]? TargetGroup,
    [property: Description("Status: open, upcoming, closed, unknown.")] string[]? Status,
    [property: Description("Zusatzfilter Fristart: rolling, fixed, periodic, closed, unknown.")] string[]? DeadlineType,
    [property: Description("Höchster bekannter Eigenanteil in Prozent; Programme ohne bekannten Eigenanteil bleiben enthalten (ownShareUnknown).")] decimal? MaxOwnShare,
    [property: Description("Nur Programme mit einer Frist an oder nach diesem Tag (JJJJ-MM-TT).")] DateOnly? DeadlineFrom,
    [property: Description("Nur Programme mit einer Frist an oder vor diesem Tag (JJJJ-MM-TT).")] DateOnly? DeadlineTo,
    [property: Description("Nur Programme, für die an diesem Tag ein Antrag möglich ist (JJJJ-MM-TT).")] DateOnly? OpenOn,
    [property: Description("relevance (Standard), deadline oder newest.")] string? Sort,
    [property: Description("Seite, ab 1.")] int? Page,
    [property: Description("Treffer je Seite, 1–100 (Standard 20).")] int? PageSize);
