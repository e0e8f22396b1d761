using System.ComponentModel.DataAnnotations;
using System.Globalization;
using IntegrationFunding.Domain.Profiles;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>The profile form. Messages are plain German and name the field.</summary>
public sealed class ProfileInput
{
    public const int GoalCount = 3;

    public static readonly IReadOnlyList<(string Value, string Label)> Kinds =
        [("gemeinde", "Gemeinde"), ("stadt", "Stadt"), ("grosse-kreisstadt", "Große Kreisstadt"), ("kreisfreie-stadt", "Kreisfreie Stadt"), ("landkreis", "Landkreis"),
         ("gemeindeverband", "Gemeindeverband (Amt, Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft)")];

    public static readonly IReadOnlyList<int> Horizons = [3, 6, 12, 24];

    [Required(ErrorMessage = "Name der Kommune: bitte angeben.")]
    [StringLength(120, ErrorMessage = "Name der Kommune: höchstens 120 Zeichen.")]
    public string? Name { get; set; }

    /// <summary>Amtlicher Gemeindeschlüssel, optional; checked (8 digits, spaces allowed) by <see cref="ProfileInputMapper"/>.</summary>
    [StringLength(20, ErrorMessage = "Amtlicher Gemeindeschlüssel: bitte genau 8 Ziffern angeben.")]
    public string? Ags { get; set; }

    /// <summary>Einwohnerzahl, optional; text so that "12.500" and wrong input get German messages from <see cref="ProfileInputMapper"/>.</summary>
    [StringLength(20, ErrorMessage = "Einwohnerzahl: bitte eine ganze Zahl angeben, zum Beispiel 12500.")]
    public string? Population { get; set; }

    [Required(ErrorMessage = "Bundesland: bitte auswählen.")]
    public string? State { get; set; }

    [Required(ErrorMessage = "Art der Kommune: bitte auswählen.")]
    public string? Kind { get; set; }

    [Range(0, 100, ErrorMessage = "Eigenanteil höchstens: bitte eine Zahl von 0 bis 100.")]
    public decimal? MaxOwnSharePercent { get; set; }

    /// <summary>Haushaltssicherung: true, false or null (not answered).</summary>
    public bool? BudgetConsolidation { get; set; }

    /// <summary>Strukturschwach: true, false or null (not answered).</summary>
    public bool? StructurallyWeak { get; set; }

    public List<GoalInput> Goals { get; set; } = [.. Enumerable.Range(0, GoalCount).Select(_ => new GoalInput())];

    public List<string> TargetGroups { get; set; } = [];

    [Range(1, 60, ErrorMessage = "Planungszeitraum: bitte 1 bis 60 Monate.")]
    public int HorizonMonths { get; set; } = 12;

    public static ProfileInput From(MunicipalityProfile p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var input = new ProfileInput
        {
            Name = p.Name, Ags = p.Ags, Population = p.Population?.ToString(CultureInfo.InvariantCulture), State = p.State, Kind = p.Kind, MaxOwnSharePercent = p.MaxOwnSharePercent,
            BudgetConsolidation = p.BudgetConsolidation, StructurallyWeak = p.StructurallyWeak, TargetGroups = [.. p.TargetGroups], HorizonMonths = p.HorizonMonths,
        };
        for (var i = 0; i < Math.Min(GoalCount, p.Goals.Count); i++)
        {
            input.Goals[i] = new GoalInput { Topic = p.Goals[i].Topic, Priority = p.Goals[i].Priority, Text = p.Goals[i].Text };
        }

        return input;
    }
}

/// <summary>One goal row: Handlungsfeld, priority 1–3 and the officer's own words.</summary>
public sealed class GoalInput
{
    public string? Topic { get; set; }

    [Range(1, 3, ErrorMessage = "Priorität: bitte 1, 2 oder 3.")]
    public int Priority { get; set; } = 1;

    [StringLength(200, ErrorMessage = "Ziel in eigenen Worten: höchstens 200 Zeichen.")]
    public string? Text { get; set; }
}
