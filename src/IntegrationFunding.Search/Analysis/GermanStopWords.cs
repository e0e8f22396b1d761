namespace IntegrationFunding.Search.Analysis;

/// <summary>The German stop list (function words such as der, die, und, für), compared on normalised words.</summary>
public static class GermanStopWords
{
    private static readonly HashSet<string> Words = new(
        EmbeddedWordList.Load("stopwords.txt").Select(GermanNormalizer.Normalize), StringComparer.Ordinal);

    /// <summary>All stop words, normalised.</summary>
    public static IReadOnlyCollection<string> All => Words;

    /// <summary>True when the normalised word is a stop word.</summary>
    public static bool Contains(string normalizedWord) => Words.Contains(normalizedWord);
}
