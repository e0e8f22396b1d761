using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// Synonym rings for query expansion, matched on analysed (stemmed) term sequences. <see cref="Default"/> holds a
/// ring per taxonomy target group (label plus synonyms, without the few synonyms that name something else, such
/// as an organisation or a region) and the curated rings of the embedded synonym-rings.txt. Immutable and
/// thread-safe.
/// </summary>
public sealed class SynonymRings
{
    /// <summary>Target-group synonyms that are related but not interchangeable with the group itself.</summary>
    private static readonly HashSet<string> TargetGroupExclusions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ukraine", "Südosteuropa", "Migrantenorganisation", "Berufsanerkennung", "Fachkräfteeinwanderung",
        "Aufnahmegesellschaft", "Alleinerziehende", "geflüchtete Frauen", "EU-Zuwanderung",
    };

    private static readonly Lazy<SynonymRings> DefaultInstance = new(CreateDefault);

    private readonly List<SynonymRing> _rings = [];
    private readonly Dictionary<string, List<int>> _ringsByMember = new(StringComparer.Ordinal);

    /// <summary>Builds rings from raw texts; each inner list is one ring of expressions, analysed here.</summary>
    public SynonymRings(IEnumerable<IReadOnlyList<string>> rings)
    {
        ArgumentNullException.ThrowIfNull(rings);
        var words = new WordAnalysis(CompoundSplitter.Default);
        foreach (var entries in rings)
        {
            var members = entries
                .Select(e => (IReadOnlyList<string>)PhraseTerms(words, e))
                .Where(m => m.Count > 0)
                .DistinctBy(Key)
                .ToArray();
            if (members.Length < 2)
            {
                continue;
            }

            var index = _rings.Count;
            _rings.Add(new SynonymRing(entries, members));
            foreach (var member in members)
            {
                var key = Key(member);
                if (!_ringsByMember.TryGetValue(key, out var list))
                {
                    _ringsByMember[key] = list = [];
                }

                list.Add(index);
                LongestMember = Math.Max(LongestMember, member.Count);
            }
        }
    }

    /// <summary>The built-in rings (taxonomy target groups and curated rings).</summary>
    public static SynonymRings Default => DefaultInstance.Value;

    public IReadOnlyList<SynonymRing> Rings => _rings;

    /// <summary>The largest number of terms of any member (for phrase lookups in queries).</summary>
    public int LongestMember { get; private set; }

    /// <summary>True when the analysed term sequence is a member of some ring.</summary>
    public bool Contains(IReadOnlyList<string> terms) => _ringsByMember.ContainsKey(Key(terms));

    /// <summary>All other members of every ring that contains the analysed term sequence (empty when none).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Expand(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var key = Key(terms);
        if (!_ringsByMember.TryGetValue(key, out var ringIndexes))
        {
            return [];
        }

        return ringIndexes
            .SelectMany(i => _rings[i].Members)
            .Where(m => Key(m) != key)
            .DistinctBy(Key)
            .ToArray();
    }

    /// <summary>The main terms of a text in order (stop words dropped), as the analyzer produces them.</summary>
    internal static List<string> PhraseTerms(WordAnalysis words, string text) =>
        GermanTokenizer.Tokenize(text).Select(words.Analyze).OfType<AnalyzedWord>().Select(w => w.Term).ToList();

    private static string Key(IReadOnlyList<string> terms) => string.Join(' ', terms);

    private static SynonymRings CreateDefault()
    {
        var rings = new List<IReadOnlyList<string>>();
        foreach (var group in Vocabularies.TargetGroups.Terms)
        {
            rings.Add(group.Synonyms.Prepend(group.Label).Where(s => !TargetGroupExclusions.Contains(s)).ToArray());
        }

        foreach (var line in EmbeddedWordList.Load("synonym-rings.txt"))
        {
            rings.Add(line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return new SynonymRings(rings);
    }
}
