namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// Dynamic programme over one word: the segmentation into at least two lexicon parts with the fewest parts,
/// preferring a longer first part on ties. Each part is returned as (surface piece, canonical lexicon word).
/// </summary>
internal sealed class CompoundSegmentation(string word, Func<string, string?> canonicalPart)
{
    private readonly List<(string Surface, string Canonical)>?[] _best = new List<(string, string)>?[word.Length + 1];
    private readonly bool[] _done = new bool[word.Length + 1];

    public List<(string Surface, string Canonical)>? Best()
    {
        List<(string, string)>? best = null;
        for (var cut = word.Length - 1; cut >= 1; cut--)
        {
            var head = canonicalPart(word[..cut]);
            if (head is null)
            {
                continue;
            }

            var rest = From(cut);
            if (rest is null || rest.Count == 0)
            {
                continue;
            }

            if (best is null || rest.Count + 1 < best.Count)
            {
                best = [(word[..cut], head), .. rest];
            }
        }

        return best;
    }

    /// <summary>The fewest-parts segmentation of word[start..], or null when there is none.</summary>
    private List<(string Surface, string Canonical)>? From(int start)
    {
        if (start == word.Length)
        {
            return [];
        }

        if (_done[start])
        {
            return _best[start];
        }

        List<(string, string)>? best = null;
        for (var end = word.Length; end > start; end--)
        {
            var piece = word[start..end];
            var canonical = canonicalPart(piece);
            if (canonical is null)
            {
                continue;
            }

            var rest = From(end);
            if (rest is not null && (best is null || rest.Count + 1 < best.Count))
            {
                best = [(piece, canonical), .. rest];
            }
        }

        _done[start] = true;
        _best[start] = best;
        return best;
    }
}
