using System.Text;

namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// Normalises German text for matching: Unicode NFC, culture-invariant lower case, soft hyphens and zero-width
/// characters removed, ß → ss, Latin diacritics other than the umlauts folded (é → e, ø → o, æ → ae), and the
/// transcriptions ae/oe/ue read as ä/ö/ü exactly where the Snowball German stemmer reads them so (not after q,
/// not when the u is between two vowels as in "feuer"). So "FÖRDERUNG", "Foerderung" and "Förderung" all
/// normalise to "förderung". Letters of the result are a–z, ä, ö, ü (other scripts are kept, lower-cased).
/// Stateless and thread-safe.
/// </summary>
public static class GermanNormalizer
{
    /// <summary>Normalises a word or a whole text; characters other than letters are kept as they are.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            var folded = CharFolding.Fold(c);
            if (folded is null)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(folded);
            }
        }

        FoldTranscribedUmlauts(sb);
        return sb.ToString();
    }

    /// <summary>Soft hyphen, zero-width space/joiners, word joiner and byte-order mark.</summary>
    public static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static bool IsVowel(char c) => GermanStemmer.IsVowel(c);

    /// <summary>ae → ä, oe → ö, ue → ü, with the Snowball exceptions (qu…, u or y between vowels).</summary>
    private static void FoldTranscribedUmlauts(StringBuilder sb)
    {
        // Mark u/y between vowels as the stemmer does (upper case; the text is lower case here), fold, unmark.
        for (var i = 0; i + 2 < sb.Length; i++)
        {
            if (IsVowel(sb[i]) && sb[i + 1] is 'u' or 'y' && IsVowel(sb[i + 2]))
            {
                sb[i + 1] = char.ToUpperInvariant(sb[i + 1]);
            }
        }

        var pos = 0;
        while (pos + 1 < sb.Length)
        {
            var c = sb[pos];
            if (c == 'q' && sb[pos + 1] == 'u')
            {
                pos += 2;
                continue;
            }

            if (sb[pos + 1] == 'e' && (c is 'a' or 'o' or 'u'))
            {
                sb[pos] = c switch { 'a' => 'ä', 'o' => 'ö', _ => 'ü' };
                sb.Remove(pos + 1, 1);
            }

            pos++;
        }

        for (var i = 0; i < sb.Length; i++)
        {
            if (sb[i] is 'U' or 'Y')
            {
                sb[i] = char.ToLowerInvariant(sb[i]);
            }
        }
    }
}
