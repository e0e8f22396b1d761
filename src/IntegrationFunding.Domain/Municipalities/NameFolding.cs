using System.Globalization;
using System.Text;

namespace IntegrationFunding.Domain.Municipalities;

/// <summary>
/// Folds place names for matching as people type them: lower case, ä/ö/ü → ae/oe/ue, ß → ss, other accents removed
/// (Sorbian names), punctuation as spaces. <see cref="Plain"/> drops the umlaut dots instead ("Munchen").
/// </summary>
public static class NameFolding
{
    public static string Fold(string text) => Normalise(text, expandUmlauts: true);

    public static string Plain(string text) => Normalise(text, expandUmlauts: false);

    private static string Normalise(string text, bool expandUmlauts)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var space = true;
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c == '\u0308' && expandUmlauts && builder.Length > 0 && builder[^1] is 'a' or 'o' or 'u')
            {
                builder.Append('e');
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (c == 'ß')
            {
                builder.Append("ss");
                space = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
