using System.Collections.Concurrent;

namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// Turns a <see cref="WordToken"/> into terms: normalise, drop stop words, stem, decompound, gender base.
/// Plain words (no hyphen parts, no gender marker) are cached by their text; thread-safe.
/// </summary>
internal sealed class WordAnalysis(CompoundSplitter splitter)
{
    private const int MinFeminineBaseLength = 4;
    private const int MaxCacheEntries = 500_000;
    private readonly ConcurrentDictionary<string, AnalyzedWord?> _plainWords = new(StringComparer.Ordinal);

    /// <summary>The analysed word, or null when it is a stop word or has no letters or digits left.</summary>
    public AnalyzedWord? Analyze(WordToken token)
    {
        if (token.IsPlusSign)
        {
            return new AnalyzedWord(token, "plus", [], null);
        }

        if (token.HyphenParts.Count > 0 || token.GenderBase is not null)
        {
            return AnalyzeUncached(token);
        }

        if (!_plainWords.TryGetValue(token.Text, out var cached))
        {
            cached = AnalyzeUncached(token);
            if (_plainWords.Count < MaxCacheEntries)
            {
                _plainWords.TryAdd(token.Text, cached);
            }
        }

        return cached is null ? null : cached with { Token = token };
    }

    private AnalyzedWord? AnalyzeUncached(WordToken token)
    {

        var normalized = GermanNormalizer.Normalize(token.Text);
        if (token.HyphenParts.Count == 0 && GermanStopWords.Contains(normalized))
        {
            return null;
        }

        var term = TermForms.ToTerm(normalized);
        if (term.Length == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (token.HyphenParts.Count > 0)
        {
            foreach (var piece in token.HyphenParts)
            {
                var normalizedPiece = GermanNormalizer.Normalize(piece);
                var pieceTerm = TermForms.ToTerm(normalizedPiece);
                if (pieceTerm.Length > 0 && !GermanStopWords.Contains(normalizedPiece))
                {
                    parts.Add(pieceTerm);
                }

                AddCompoundParts(normalizedPiece, parts);
                AddIfNotNull(FeminineBaseTerm(normalizedPiece), parts);
            }
        }
        else
        {
            AddCompoundParts(normalized, parts);
        }

        var baseTerm = token.GenderBase is { } genderBase
            ? TermForms.ToTerm(GermanNormalizer.Normalize(genderBase))
            : FeminineBaseTerm(normalized);
        return new AnalyzedWord(token, term, parts.Distinct(StringComparer.Ordinal).ToArray(), NullIfEmpty(baseTerm));
    }

    private void AddCompoundParts(string normalizedWord, List<string> into)
    {
        foreach (var part in splitter.Split(normalizedWord))
        {
            var partTerm = TermForms.ToTerm(part);
            if (partTerm.Length > 0)
            {
                into.Add(partTerm);
            }
        }
    }

    /// <summary>Migrantinnen → migrant (any word with -innen), Migrantin → migrant (when the base is a lexicon word).</summary>
    private string? FeminineBaseTerm(string normalizedWord)
    {
        string? feminineBase = null;
        if (normalizedWord.EndsWith("innen", StringComparison.Ordinal) && normalizedWord.Length - 5 >= MinFeminineBaseLength)
        {
            feminineBase = normalizedWord[..^5];
        }
        else if (normalizedWord.EndsWith("in", StringComparison.Ordinal) && normalizedWord.Length - 2 >= MinFeminineBaseLength
                 && splitter.Contains(normalizedWord[..^2]))
        {
            feminineBase = normalizedWord[..^2];
        }

        return feminineBase is null ? null : NullIfEmpty(TermForms.ToTerm(feminineBase));
    }

    private static void AddIfNotNull(string? term, List<string> into)
    {
        if (term is not null)
        {
            into.Add(term);
        }
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
