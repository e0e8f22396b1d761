using System.Globalization;

namespace IntegrationFunding.Crawler.Sources;

/// <summary>Parses durations as written in source files: <c>500ms</c>, <c>2s</c>, <c>1m</c>, <c>1h</c> or <c>hh:mm:ss</c>.</summary>
internal static class DurationText
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        var units = new (string Suffix, double Factor)[] { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
        foreach (var (suffix, factor) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && number >= 0)
            {
                value = TimeSpan.FromSeconds(number * factor);
                return true;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
    }
}
