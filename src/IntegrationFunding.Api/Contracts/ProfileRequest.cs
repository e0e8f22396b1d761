using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>The body of <c>POST /api/v1/profiles</c> and <c>PUT /api/v1/profiles/{id}</c>.</summary>
public sealed record ProfileRequest
{
    [Description("Name der Kommune, z. B. \"Gemeinde Neuhof\".")]
    public string? Name { get; init; }
    [Description("Amtlicher Gemeindeschlüssel, 8 Ziffern (optional).")]
    public string? Ags { get; init; }
    [Description("Land (ISO 3166-2, z. B. DE-NI).")]
    public string? State { get; init; }
    [Description("gemeinde | stadt | grosse-kreisstadt | kreisfreie-stadt | landkreis | gemeindeverband")]
    public string? Kind { get; init; }
    public int? Population { get; init; }
    [Description("Höchster Eigenanteil in Prozent, den die Kommune aufbringen kann (0–100).")]
    public decimal? MaxOwnSharePercent { get; init; }
    [Description("true bei Haushaltssicherung, false wenn nicht; fehlt oder null = unbekannt (Programme mit ermäßigtem Eigenanteil bleiben dann unklar).")]
    public bool? BudgetConsolidation { get; init; }
    [Description("true, wenn die Kommune als strukturschwach gilt (z. B. Fördergebiet); fehlt oder null = unbekannt.")]
    public bool? StructurallyWeak { get; init; }
    public IReadOnlyList<ProfileGoalDto>? Goals { get; init; }
    public IReadOnlyList<string>? TargetGroups { get; init; }
    [Description("Planungshorizont für Fristen in Monaten (1–60, Standard 12).")]
    public int? HorizonMonths { get; init; }
}
