namespace IntegrationFunding.Search.Analysis;

/// <summary>Line-break hyphenation from PDFs: "Integ-\nrationsarbeit", "Integ\u00AD\nration", "Integ¬rations".</summary>
internal static class HyphenBreaks
{
    /// <summary>
    /// True when the hyphen at <paramref name="hyphen"/> only breaks a word across lines (the continuation starts
    /// lower case) or is a soft hyphen / not-sign inside a word; <paramref name="continuation"/> is where the word
    /// goes on.
    /// </summary>
    public static bool TryJoin(string text, int hyphen, out int continuation)
    {
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

        if (j < text.Length && char.IsLower(text[j]))
        {
            continuation = j;
            return true;
        }

        return false;
    }
}
