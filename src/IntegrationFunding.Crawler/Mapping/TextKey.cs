using System.Text;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>Folds labels and codes for lookups: lower case, umlauts as ae/oe/ue/ss, runs of other characters as one space.</summary>
public static class TextKey
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Replace("\u00AD", "", StringComparison.Ordinal).ToLowerInvariant())
        {
            var replacement = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => char.IsLetterOrDigit(c) ? c.ToString() : null,
            };
            if (replacement is null)
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(replacement);
        }

        return builder.ToString();
    }
}
