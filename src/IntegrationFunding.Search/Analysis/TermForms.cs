namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// Turns a normalised word into an index/query term: Snowball stem with final-s harmonisation, then only the
/// characters a–z and 0–9 are kept. Terms longer than <see cref="MaxTermLength"/> are cut.
/// </summary>
internal static class TermForms
{
    public const int MaxTermLength = 64;

    public static string ToTerm(string normalizedWord)
    {
        if (IsAllDigits(normalizedWord))
        {
            return normalizedWord.Length > MaxTermLength ? normalizedWord[..MaxTermLength] : normalizedWord;
        }

        var word = normalizedWord.Length > MaxTermLength ? normalizedWord[..MaxTermLength] : normalizedWord;
        var stem = GermanStemmer.Stem(word, harmonizeFinalS: true);
        return IsTermAlphabet(stem) ? stem : new string(stem.Where(IsTermChar).ToArray());
    }

    public static bool IsTermChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    public static bool IsTermAlphabet(string s) => s.All(IsTermChar);

    private static bool IsAllDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
