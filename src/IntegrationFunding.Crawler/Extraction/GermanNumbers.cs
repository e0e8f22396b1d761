using System.Globalization;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Parses German numbers: "1.500", "1,5", "30.000,-", "12.345,67".</summary>
public static class GermanNumbers
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static decimal? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = text.Trim().TrimEnd('-', '–').TrimEnd(',').Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, German, out var value)
            ? value
            : null;
    }

    /// <summary>The factor of a German magnitude word: Mio. → 1,000,000; Tsd./T€ → 1,000.</summary>
    public static decimal Multiplier(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return 1m;
        }

        var folded = TextFolding.Fold(word).TrimEnd('.');
        return folded switch
        {
            "mio" or "million" or "millionen" => 1_000_000m,
            "mrd" or "milliarde" or "milliarden" => 1_000_000_000m,
            "tsd" or "tausend" or "t€" or "teur" or "t" => 1_000m,
            _ => 1m,
        };
    }
}
