using System.Collections.Concurrent;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// Splits German compounds into lexicon words ("Sprachförderung" → sprache + förderung, "Integrationskurse" →
/// integration + kurs), allowing linking elements (-s-, -es-, -n-, -en-, -er-, -e-, dropped -e) and inflection
/// because parts are compared by their stems. The lexicon is the taxonomy vocabulary, an embedded list of
/// funding and municipal words, and optional extra words (e.g. the corpus vocabulary). Parts have at least
/// <see cref="MinPartLength"/> letters (a few three-letter words such as amt, rat are allowed). The split with the
/// fewest parts wins (longer first part on ties), and each part is split again when it is itself a compound.
/// Thread-safe; results are cached.
/// </summary>
public sealed class CompoundSplitter
{
    public const int MinPartLength = 4;
    private const int MaxWordLength = 48;
    private const int MaxCacheEntries = 200_000;
    private const int MaxStemCut = 19; // steps 1–3 remove at most 7 + 3 + 8 letters, plus the harmonised final s
    private static readonly HashSet<string> ShortParts = ["amt", "rat", "bau", "tag", "ort"];
    private static readonly Lazy<CompoundSplitter> DefaultInstance = new(() => new CompoundSplitter());

    private readonly Dictionary<string, string> _canonicalByStem = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates a splitter over taxonomy words, the embedded list and <paramref name="extraWords"/>.</summary>
    public CompoundSplitter(IEnumerable<string>? extraWords = null)
    {
        foreach (var word in EmbeddedWordList.Load("compound-lexicon.txt"))
        {
            Add(word);
        }

        foreach (var word in TaxonomyWords())
        {
            Add(word);
        }

        foreach (var word in extraWords ?? [])
        {
            Add(word);
        }
    }

    /// <summary>A shared splitter with the built-in lexicon only.</summary>
    public static CompoundSplitter Default => DefaultInstance.Value;

    /// <summary>Number of distinct word stems in the lexicon.</summary>
    public int LexiconSize => _canonicalByStem.Count;

    /// <summary>True when the (any-case) word is a lexicon word, compared by stem.</summary>
    public bool Contains(string word) =>
        _canonicalByStem.ContainsKey(TermForms.ToTerm(GermanNormalizer.Normalize(word ?? string.Empty)));

    /// <summary>
    /// The parts of a compound as normalised lexicon words, finest decomposition, in order; empty when the word is
    /// not a compound of lexicon words.
    /// </summary>
    public IReadOnlyList<string> Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var normalized = GermanNormalizer.Normalize(word);
        if (_cache.TryGetValue(normalized, out var cached))
        {
            return cached;
        }

        var result = normalized.Length > MaxWordLength || !normalized.All(char.IsLetter)
            ? []
            : SplitRecursive(normalized, depth: 0).ToArray();
        if (_cache.Count < MaxCacheEntries)
        {
            _cache.TryAdd(normalized, result);
        }

        return result;
    }

    private List<string> SplitRecursive(string word, int depth)
    {
        var top = new CompoundSegmentation(word, CanonicalPart).Best();
        if (top is null)
        {
            return [];
        }

        var leaves = new List<string>();
        foreach (var (surface, canonical) in top)
        {
            var inner = depth < 4 ? SplitRecursive(surface, depth + 1) : [];
            if (inner.Count > 0)
            {
                leaves.AddRange(inner);
            }
            else
            {
                leaves.Add(canonical);
            }
        }

        return leaves;
    }

    /// <summary>The lexicon word a piece of a compound stands for, or null.</summary>
    private string? CanonicalPart(string piece)
    {
        if (piece.Length < MinPartLength && !ShortParts.Contains(piece))
        {
            return null;
        }

        return MayBeLexiconWord(piece) ? _canonicalByStem.GetValueOrDefault(TermForms.ToTerm(piece)) : null;
    }

    /// <summary>
    /// Cheap filter before stemming: a stem is the word without umlauts, shortened at the end by at most
    /// <see cref="MaxStemCut"/> letters, so some such prefix must be a lexicon stem.
    /// </summary>
    private bool MayBeLexiconWord(string piece)
    {
        if (piece.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> plain = stackalloc char[piece.Length];
        for (var i = 0; i < piece.Length; i++)
        {
            plain[i] = piece[i] switch { 'ä' => 'a', 'ö' => 'o', 'ü' => 'u', var c => c };
        }

        var lookup = _canonicalByStem.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = plain.Length; length >= Math.Max(1, plain.Length - MaxStemCut); length--)
        {
            if (lookup.ContainsKey(plain[..length]))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(string word)
    {
        var normalized = GermanNormalizer.Normalize(word.Trim());
        if (normalized.Length < 3 || !normalized.All(char.IsLetter))
        {
            return;
        }

        _canonicalByStem.TryAdd(TermForms.ToTerm(normalized), normalized);
    }

    private static IEnumerable<string> TaxonomyWords()
    {
        foreach (var vocabulary in Vocabularies.All)
        {
            foreach (var term in vocabulary.Terms)
            {
                foreach (var text in term.Synonyms.Prepend(term.Label))
                {
                    foreach (var token in GermanTokenizer.Tokenize(text))
                    {
                        var pieces = token.HyphenParts.Count > 0 ? token.HyphenParts : [token.Text];
                        foreach (var piece in pieces)
                        {
                            if (!GermanStopWords.Contains(GermanNormalizer.Normalize(piece)))
                            {
                                yield return piece;
                            }
                        }
                    }
                }
            }
        }
    }
}
