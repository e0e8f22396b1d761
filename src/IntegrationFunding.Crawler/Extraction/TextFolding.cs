using System.Globalization;
using System.Text;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Case and umlaut folding (Förderung = foerderung = FOERDERUNG) for label and keyword matching.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (char.ToLower(c, CultureInfo.InvariantCulture))
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                case '\u00AD': break;
                case var lower: builder.Append(lower); break;
            }
        }

        return builder.ToString();
    }
}
