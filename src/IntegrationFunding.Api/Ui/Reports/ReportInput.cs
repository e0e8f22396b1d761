using System.ComponentModel.DataAnnotations;
using IntegrationFunding.Storage.Reports;

namespace IntegrationFunding.Api.Ui.Reports;

/// <summary>The "Daten fehlerhaft melden" form; messages are plain German and name the field.</summary>
public sealed class ReportInput
{
    /// <summary>The fields a user can report, by API field name, with their German labels.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Fields =
    [
        ("deadlines", "Fristen"),
        ("fundingRateMaxPercent", "Förderquote"),
        ("ownShareMinPercent", "Eigenanteil"),
        ("applicants", "Wer darf beantragen?"),
        ("states", "Bundesland / Region"),
        ("amount", "Fördersumme"),
        ("status", "Status (offen/geschlossen)"),
        ("url", "Link zur Quelle"),
        ("other", "Etwas anderes"),
    ];

    [Required(ErrorMessage = "Was ist falsch? Bitte wählen Sie eine Angabe aus.")]
    public string? Field { get; set; }

    [Required(ErrorMessage = "Beschreibung: Bitte beschreiben Sie kurz, was falsch ist.")]
    [StringLength(ReportStore.MaxMessageLength, MinimumLength = 5, ErrorMessage = "Beschreibung: bitte 5 bis 2000 Zeichen.")]
    public string? Message { get; set; }

    [StringLength(ReportStore.MaxEmailLength, ErrorMessage = "E-Mail-Adresse: höchstens 254 Zeichen.")]
    [EmailAddress(ErrorMessage = "E-Mail-Adresse: bitte eine gültige Adresse angeben (z. B. name@gemeinde.de) oder das Feld leer lassen.")]
    public string? Email { get; set; }

    public bool HasKnownField => Fields.Any(f => f.Value == Field);
}
