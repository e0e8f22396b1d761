namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// Splits German text into <see cref="WordToken"/>s with offsets in the original text. Handles PDF line-break
/// hyphenation, hyphenated compounds (whole plus parts), gender forms (Migrant*innen, Migrant:innen,
/// Migrant_innen, Migrant/innen, MigrantInnen, Migrant\*innen, Beauftragte/r), numbers with thousands dots
/// (1.000.000), single-letter abbreviations (z. B., e.V., i.V.m.) and a "+" after a word (ESF+ → esf, plus).
/// Stateless and thread-safe; never throws for any input.
/// </summary>
public static class GermanTokenizer
{
    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        var pos = 0;
        while (pos < text.Length)
        {
            if (!char.IsLetterOrDigit(text[pos]))
            {
                pos++;
                continue;
            }

            var token = WordScanner.Read(text, pos, out var next);
            tokens.Add(token);
            pos = next;
            if (pos < text.Length && text[pos] == '+' && (pos + 1 == text.Length || !char.IsLetterOrDigit(text[pos + 1])))
            {
                tokens.Add(new WordToken("plus", pos, 1) { IsPlusSign = true });
                while (pos < text.Length && text[pos] == '+')
                {
                    pos++;
                }
            }
        }

        return tokens;
    }
}
