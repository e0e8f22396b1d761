using System.Globalization;

namespace IntegrationFunding.Digest.Composition;

/// <summary>German number, money and date formatting for mails.</summary>
internal static class GermanFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    public static string Percent(decimal value) => value.ToString("0.##", Culture) + " %";

    public static string Euro(decimal value) => value.ToString("#,##0.##", Culture) + " €";

    public static string Date(DateOnly value) => value.ToString("dd.MM.yyyy", Culture);

    public static string ShortDate(DateOnly value) => value.ToString("dd.MM.", Culture);

    public static DateOnly? ParseIsoDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static decimal? ParseNumber(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static string DaysLeft(int days) => days switch
    {
        0 => "heute",
        1 => "noch 1 Tag",
        _ => $"noch {days} Tage",
    };
}
