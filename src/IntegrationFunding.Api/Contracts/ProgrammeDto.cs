using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>A funding programme as the public API shows it (BRIEF §4). Unknown facts are null.</summary>
public record ProgrammeDto
{
    [Description("Stabile Kennung, gleichbleibend über Crawls hinweg.")]
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Funder { get; init; }
    [Description("eu | bund | land | kommune | stiftung | sonstige")]
    public required string Level { get; init; }
    [Description("ISO-3166-2-Codes der Länder; leer = bundesweit.")]
    public required IReadOnlyList<string> States { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required IReadOnlyList<string> TargetGroups { get; init; }
    public required IReadOnlyList<string> Applicants { get; init; }
    [Description("Darf eine Gemeinde/Stadt/ein Landkreis selbst beantragen? null = unbekannt.")]
    public required bool? MunicipalitiesEligible { get; init; }
    [Description("Zusatzfeld: Bedingungen über Land und Antragsberechtigte hinaus (Einwohnergrenzen, Gebiet, ermäßigter Eigenanteil), je mit Quellsatz.")]
    public ConditionsDto? Conditions { get; init; }
    public required string? FundingType { get; init; }
    public required decimal? FundingRateMaxPercent { get; init; }
    public required decimal? OwnShareMinPercent { get; init; }
    public required string? OwnShareNote { get; init; }
    [Description("Mindestbetrag je Projekt in Euro.")]
    public required decimal? AmountMinEur { get; init; }
    [Description("Höchstbetrag je Projekt in Euro.")]
    public required decimal? AmountMaxEur { get; init; }
    public required DateOnly? ProgrammeStart { get; init; }
    public required DateOnly? ProgrammeEnd { get; init; }
    [Description("Zusatzfeld: längste Projektlaufzeit in Monaten.")]
    public required int? ProjectDurationMaxMonths { get; init; }
    [Description("rolling | fixed | periodic | closed | unknown")]
    public required string DeadlineType { get; init; }
    public required IReadOnlyList<DateOnly> Deadlines { get; init; }
    public required DateOnly? NextDeadline { get; init; }
    [Description("open | upcoming | closed | unknown, beurteilt am heutigen Tag.")]
    public required string Status { get; init; }
    [Description("Zusatzfeld: Rechtsgrundlage (Richtlinie, Gesetz).")]
    public required string? LegalBasis { get; init; }
    public required string? Summary { get; init; }
    [Description("Offizielle Programmseite.")]
    public required string Url { get; init; }
    public required IReadOnlyList<SourceDto> Sources { get; init; }
    [Description("Je extrahiertem Feld der Quellsatz, aus dem der Wert stammt.")]
    public required IReadOnlyDictionary<string, EvidenceDto> Evidence { get; init; }
    public required DateTimeOffset? FirstSeen { get; init; }
    public required DateTimeOffset? LastChanged { get; init; }
    [Description("Zusatzfeld: Namensnennung und Lizenz der übernommenen Quelltexte (z. B. Förderdatenbank, CC BY-ND 4.0); null, wenn keine nötig ist. Übernommene Texte sind unverändert, abgeleitete Angaben stehen in den eigenen Feldern.")]
    public AttributionDto? Attribution { get; init; }
}
