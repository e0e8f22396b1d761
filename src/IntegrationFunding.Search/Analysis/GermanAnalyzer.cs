namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// The German text analysis of the search engine: the same pipeline for documents and queries (tokenise,
/// normalise, drop stop words, stem, decompound, gender base forms) plus synonym expansion for queries.
/// Terms use only a–z and 0–9. Thread-safe; create once and share (or use <see cref="Default"/>).
/// </summary>
public sealed class GermanAnalyzer
{
    private static readonly Lazy<GermanAnalyzer> DefaultInstance = new(() => new GermanAnalyzer());
    private readonly WordAnalysis _words;
    private readonly QueryAnalysis _queries;

    /// <summary>Creates an analyzer; by default with the built-in compound lexicon and synonym rings.</summary>
    public GermanAnalyzer(CompoundSplitter? splitter = null, SynonymRings? synonyms = null)
    {
        Splitter = splitter ?? CompoundSplitter.Default;
        Synonyms = synonyms ?? SynonymRings.Default;
        _words = new WordAnalysis(Splitter);
        _queries = new QueryAnalysis(_words, Synonyms);
    }

    /// <summary>A shared analyzer with the built-in lexicon and rings.</summary>
    public static GermanAnalyzer Default => DefaultInstance.Value;

    public CompoundSplitter Splitter { get; }

    public SynonymRings Synonyms { get; }

    /// <summary>
    /// Index terms of a text, in text order: per word its main term (IsPart = false) followed by its part and
    /// base terms (IsPart = true, same span). Stop words are dropped.
    /// </summary>
    public IReadOnlyList<AnalyzedToken> AnalyzeForIndex(string text)
    {
        var result = new List<AnalyzedToken>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        foreach (var token in GermanTokenizer.Tokenize(text))
        {
            if (_words.Analyze(token) is not { } word)
            {
                continue;
            }

            result.Add(new AnalyzedToken(word.Term, token.Start, token.Length, IsPart: false));
            foreach (var extra in word.ExtraTerms)
            {
                result.Add(new AnalyzedToken(extra, token.Start, token.Length, IsPart: true));
            }
        }

        return result;
    }

    /// <summary>Analyses any user input (never throws); see <see cref="AnalyzedQuery"/>.</summary>
    public AnalyzedQuery AnalyzeQuery(string query) => _queries.Analyze(query ?? string.Empty);

    /// <summary>The normalised form of a word or text (see <see cref="GermanNormalizer"/>).</summary>
#pragma warning disable CA1822 // instance API on purpose: the index holds one analyzer
    public string Normalize(string term) => GermanNormalizer.Normalize(term ?? string.Empty);

    /// <summary>The term of one word as the index stores it (normalised, stemmed, a–z0–9); empty for none.</summary>
    public string Stem(string word) => TermForms.ToTerm(GermanNormalizer.Normalize(word ?? string.Empty));
#pragma warning restore CA1822
}
