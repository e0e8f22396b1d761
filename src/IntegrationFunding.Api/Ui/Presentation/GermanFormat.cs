using System.Globalization;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Api.Ui.Presentation;

/// <summary>German wording of numbers, dates, deadlines and vocabulary values for the web UI.</summary>
public static class GermanFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("de-DE");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Culture);

    public static string Date(DateTimeOffset timestamp) => Date(DateOnly.FromDateTime(timestamp.UtcDateTime));

    public static string Percent(decimal value) => value.ToString("0.##", Culture) + " %";

    public static string Euro(decimal value) => value.ToString("#,0.##", Culture) + " €";

    /// <summary>"heute", "noch 1 Tag", "noch 12 Tage".</summary>
    public static string DaysLeft(DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => "abgelaufen",
            0 => "Frist endet heute",
            1 => "noch 1 Tag",
            _ => $"noch {days.ToString(Culture)} Tage",
        };
    }

    public static string Labels(Vocabulary vocabulary, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var labels = ids.Select(vocabulary.LabelOf).ToList();
        return labels.Count == 0 ? "nicht angegeben" : string.Join(", ", labels);
    }

    /// <summary>"Land · Nordrhein-Westfalen", "Bund · bundesweit".</summary>
    public static string LevelAndRegion(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var region = programme.States.Count == 0 ? "bundesweit" : Labels(Vocabularies.States, programme.States);
        return $"{Vocabularies.Levels.LabelOf(programme.Level)} · {region}";
    }

    public static string FundingRate(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return programme.FundingRateMaxPercent is { } rate ? "bis " + Percent(rate) : "nicht angegeben";
    }

    public static string OwnShare(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return programme.OwnShareMinPercent is { } share ? "mindestens " + Percent(share) : "in der Quelle nicht genannt";
    }

    public static string Amount(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return (programme.AmountMinEur, programme.AmountMaxEur) switch
        {
            ({ } min, { } max) => $"{Euro(min)} bis {Euro(max)}",
            ({ } min, null) => $"ab {Euro(min)}",
            (null, { } max) => $"bis {Euro(max)}",
            _ => "nicht angegeben",
        };
    }

    /// <summary>The next deadline in words, judged against today.</summary>
    public static string Deadline(Programme programme, DateOnly? next, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (next is { } date)
        {
            return $"{Date(date)} ({DaysLeft(date, today)})";
        }

        return programme.DeadlineType switch
        {
            DeadlineTypes.Rolling => "laufend – Antrag jederzeit möglich",
            DeadlineTypes.Closed => "keine – Förderaufruf geschlossen",
            DeadlineTypes.Periodic => "regelmäßig, nächster Termin nicht bekannt",
            _ => "keine Frist bekannt",
        };
    }

    public static string Status(string status) => Vocabularies.Statuses.LabelOf(status);
}
