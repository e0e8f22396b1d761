using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>One goal of a profile.</summary>
public sealed record ProfileGoalDto(
    [property: Description("Handlungsfeld-ID (siehe /api/v1/taxonomy).")] string? Topic,
    [property: Description("1 = höchste Priorität, bis 3.")] int? Priority,
    [property: Description("Das Ziel in eigenen Worten, z. B. \"Sprachkurse für Mütter\".")] string? Text);
