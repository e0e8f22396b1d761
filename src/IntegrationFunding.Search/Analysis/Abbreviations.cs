using System.Text;

namespace IntegrationFunding.Search.Analysis;

/// <summary>Abbreviations made of single letters with dots ("z. B.", "e.V.", "i.V.m.", "u. a.") become one word.</summary>
internal static class Abbreviations
{
    /// <summary>
    /// Extends the single-letter word in <paramref name="current"/> whose dot is at <paramref name="dot"/> while
    /// further "letter." pieces follow (at most one space between); returns the new end of the word.
    /// </summary>
    public static int Extend(string text, int dot, StringBuilder current, int end)
    {
        while (dot < text.Length && text[dot] == '.')
        {
            var j = dot + 1;
            if (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            var isSingleLetterPiece = j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.'
                && (j == 0 || !char.IsLetterOrDigit(text[j - 1]));
            if (!isSingleLetterPiece)
            {
                break;
            }

            current.Append(text[j]);
            end = j + 1;
            dot = j + 1;
        }

        return end;
    }
}
