namespace IntegrationFunding.Search.Analysis;

/// <summary>Line-break hyphenation from PDFs: "Integ-\nrationsarbeit", "Integ\u00AD\nration", "Integ¬rations".</summary>
internal static class HyphenBreaks
{
    /// <summary>
    /// True when a word goes on after the hyphen at <paramref name="hyphen"/>, directly or on the next line;
    /// <paramref name="compound"/> tells a real hyphenated compound (next part starts upper case or directly after
    /// the hyphen: "Kita-Einstieg", "Kita-\nEinstieg") from a mere line-break hyphenation.
    /// </summary>
    public static bool TryContinue(string text, int hyphen, out int continuation, out bool compound)
    {
        compound = false;
        continuation = hyphen;
        var c = text[hyphen];
        var j = hyphen + 1;
        if ((c == '\u00AD' || c == '\u00AC') && j < text.Length && char.IsLetter(text[j]))
        {
            continuation = j;
            return true;
        }

        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j >= text.Length || text[j] is not ('\n' or '\r'))
        {
            return false;
        }

        j += text[j] == '\r' && j + 1 < text.Length && text[j + 1] == '\n' ? 2 : 1;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            continuation = j;
            compound = !char.IsLower(text[j]);
            return c is not ('\u00AD' or '\u00AC') || !compound;
        }

        return false;
    }
}
