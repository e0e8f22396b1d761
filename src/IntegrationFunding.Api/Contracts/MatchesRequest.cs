using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationFunding.Api.Contracts;

/// <summary>Query parameters of <c>GET /api/v1/profiles/{id}/matches</c>.</summary>
public sealed record MatchesRequest(
    [property: Description("Auch nicht antragsberechtigte Programme mit Begründung zeigen.")] [FromQuery(Name = "includeIneligible")] bool? IncludeIneligible,
    [property: Description("Auch Programme zeigen, bei denen nur freie Träger beantragen dürfen (role: partner).")] [FromQuery(Name = "includePartnerRoles")] bool? IncludePartnerRoles,
    [property: Description("Seite, ab 1.")] [FromQuery(Name = "page")] int? Page,
    [property: Description("Treffer je Seite, 1–100 (Standard 20).")] [FromQuery(Name = "pageSize")] int? PageSize);
