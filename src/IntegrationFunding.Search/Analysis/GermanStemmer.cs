namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// The Snowball German stemmer (current algorithm, the one that also maps ae/oe/ue to ä/ö/ü except after q and
/// conflates -erin/-erinnen), written from the published algorithm description. Input is expected lower-case
/// (use <see cref="GermanNormalizer"/>); the output never contains ä, ö, ü or ß. Stateless and thread-safe.
/// </summary>
public static class GermanStemmer
{
    /// <summary>Stems one lower-case German word exactly as the Snowball German algorithm does.</summary>
    public static string Stem(string word) => Stem(word, harmonizeFinalS: false);

    /// <summary>
    /// Stems a word; with <paramref name="harmonizeFinalS"/> a final -s left in R1 after a valid s-ending is also
    /// removed, so that singular and plural meet (Snowball: kurs → kur but kurse → kurs; harmonised: both kur).
    /// </summary>
    public static string Stem(string word, bool harmonizeFinalS)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return word;
        }

        var buffer = new StemBuffer(word);
        Prelude(buffer);
        var (p1, p2) = MarkRegions(buffer);
        GermanSuffixSteps.Run(buffer, p1, p2);
        if (harmonizeFinalS)
        {
            GermanSuffixSteps.HarmonizeFinalS(buffer, p1);
        }

        Postlude(buffer);
        return buffer.ToString();
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü';

    private static void Prelude(StemBuffer b)
    {
        // u and y between vowels become consonants (upper case marks them).
        for (var i = 0; i + 2 < b.Length; i++)
        {
            if (IsVowel(b[i]) && (b[i + 1] == 'u' || b[i + 1] == 'y') && IsVowel(b[i + 2]))
            {
                b[i + 1] = char.ToUpperInvariant(b[i + 1]);
            }
        }

        // ß → ss, ae → ä, oe → ö, ue → ü; a "qu" is stepped over as a whole.
        var pos = 0;
        while (pos < b.Length)
        {
            var c = b[pos];
            var next = pos + 1 < b.Length ? b[pos + 1] : '\0';
            if (c == 'ß')
            {
                b.Replace(pos, 1, "ss");
                pos += 2;
            }
            else if (next == 'e' && c is 'a' or 'o' or 'u')
            {
                b.Replace(pos, 2, c switch { 'a' => "ä", 'o' => "ö", _ => "ü" });
                pos += 1;
            }
            else if (c == 'q' && next == 'u')
            {
                pos += 2;
            }
            else
            {
                pos += 1;
            }
        }
    }

    private static (int P1, int P2) MarkRegions(StemBuffer b)
    {
        var limit = b.Length;
        if (limit < 3)
        {
            return (limit, limit);
        }

        var p1 = AfterVowelThenNonVowel(b, 0);
        if (p1 < 0)
        {
            return (limit, limit);
        }

        var p2 = AfterVowelThenNonVowel(b, p1);
        p1 = Math.Max(p1, 3);
        return (p1, p2 < 0 ? limit : p2);
    }

    /// <summary>Position after the first non-vowel that follows a vowel, searching from <paramref name="start"/>; -1 if none.</summary>
    private static int AfterVowelThenNonVowel(StemBuffer b, int start)
    {
        var i = start;
        while (i < b.Length && !IsVowel(b[i]))
        {
            i++;
        }

        while (i < b.Length && IsVowel(b[i]))
        {
            i++;
        }

        return i < b.Length ? i + 1 : -1;
    }

    private static void Postlude(StemBuffer b)
    {
        for (var i = 0; i < b.Length; i++)
        {
            b[i] = b[i] switch
            {
                'Y' => 'y',
                'U' or 'ü' => 'u',
                'ä' => 'a',
                'ö' => 'o',
                var other => other,
            };
        }
    }
}
