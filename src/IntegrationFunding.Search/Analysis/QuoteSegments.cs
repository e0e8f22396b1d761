namespace IntegrationFunding.Search.Analysis;

/// <summary>Splits query text at double quotes ("…", „…“, “…”, «…»); an unclosed quote counts as no quote.</summary>
internal static class QuoteSegments
{
    public static IEnumerable<(string Text, bool Quoted)> Split(string text)
    {
        var segments = new List<(string, bool)>();
        var start = 0;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsQuote(text[i]))
            {
                continue;
            }

            if (open < 0)
            {
                segments.Add((text[start..i], false));
                open = i;
            }
            else
            {
                segments.Add((text[(open + 1)..i], true));
                open = -1;
                start = i + 1;
            }
        }

        segments.Add((open >= 0 ? text[(open + 1)..] : text[start..], false));
        return segments;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201E' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';
}
