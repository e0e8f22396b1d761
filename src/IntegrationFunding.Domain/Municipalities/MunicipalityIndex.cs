namespace IntegrationFunding.Domain.Municipalities;

/// <summary>
/// The register in memory: lookup by key and search by name (folded: "Muenchen" = "München" = "Munchen"), PLZ or
/// key prefix. Immutable; a new edition builds a new index.
/// </summary>
public sealed class MunicipalityIndex
{
    private readonly Dictionary<string, RegisterEntry> _byKey;
    private readonly Searchable[] _searchable;
    private readonly Dictionary<string, int> _counts;

    public MunicipalityIndex(RegisterEdition? edition, IEnumerable<RegisterEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Edition = edition;
        var all = entries.ToList();
        _byKey = all.ToDictionary(e => e.Key, StringComparer.Ordinal);
        _counts = all.GroupBy(e => e.Level, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // A verbandsfreie Gemeinde's Gemeindeverband record repeats the Gemeinde: found by key, not offered in searches.
        _searchable = all.Where(e => !e.IsVerbandsfrei).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new Searchable(e)).ToArray();
    }

    public static MunicipalityIndex Empty { get; } = new(null, []);

    /// <summary>The edition loaded, or null while the register is empty.</summary>
    public RegisterEdition? Edition { get; }

    public int Count => _byKey.Count;

    public int CountOf(string level) => _counts.GetValueOrDefault(level);

    public RegisterEntry? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// The register record for a profile's 8-digit AGS: the Gemeinde, or for a key ending in 000 that is no Gemeinde the
    /// Kreis it pads (09184000 → Landkreis München).
    /// </summary>
    public RegisterEntry? FindForAgs(string ags)
    {
        ArgumentNullException.ThrowIfNull(ags);
        if (Find(ags) is { Level: RegisterLevels.Gemeinde } gemeinde)
        {
            return gemeinde;
        }

        return ags.Length == 8 && ags.EndsWith("000", StringComparison.Ordinal) && Find(ags[..5]) is { Level: RegisterLevels.Kreis } kreis ? kreis : null;
    }

    public RegisterSearchResult Search(RegisterQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Text?.Trim() ?? string.Empty;
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var matches = new List<(Searchable Item, int Rank)>();
        var levels = query.Levels.Count == 0 ? null : new HashSet<string>(query.Levels, StringComparer.Ordinal);
        if (compact.Length > 0 && compact.All(char.IsAsciiDigit))
        {
            foreach (var s in _searchable)
            {
                if ((levels is null || levels.Contains(s.Entry.Level)) && DigitsRank(s.Entry, compact) is { } rank)
                {
                    matches.Add((s, rank));
                }
            }
        }
        else
        {
            var folded = new Folded(NameFolding.Fold(text), NameFolding.Plain(text));
            foreach (var s in _searchable)
            {
                if ((levels is null || levels.Contains(s.Entry.Level)) && s.Rank(folded) is { } rank)
                {
                    matches.Add((s, rank));
                }
            }
        }

        var page = matches
            .OrderBy(m => m.Rank)
            .ThenBy(m => LevelOrder(m.Item.Entry.Level))
            .ThenByDescending(m => m.Item.Entry.Population ?? 0)
            .ThenBy(m => m.Item.Entry.Key, StringComparer.Ordinal)
            .Skip((int)Math.Min(int.MaxValue, (query.Page - 1L) * query.PageSize))
            .Take(query.PageSize)
            .Select(m => m.Item.Entry)
            .ToList();
        return new RegisterSearchResult(matches.Count, page);
    }

    private static int? DigitsRank(RegisterEntry e, string digits)
    {
        if (e.Key == digits || e.Plz == digits)
        {
            return 0;
        }

        if (e.Plz is not null && e.Plz.StartsWith(digits, StringComparison.Ordinal))
        {
            return 1;
        }

        return e.Key.StartsWith(digits, StringComparison.Ordinal) ? 2 : null;
    }

    private static int LevelOrder(string level) => level switch
    {
        RegisterLevels.Gemeinde => 0,
        RegisterLevels.Gemeindeverband => 1,
        RegisterLevels.Kreis => 2,
        _ => 3,
    };

    private readonly record struct Folded(string Umlauts, string Plain)
    {
        public string[] UmlautTokens { get; } = Umlauts.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        public string[] PlainTokens { get; } = Plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A record with its folded names ("Flensburg, Stadt" → "flensburg stadt" and the short name "flensburg").</summary>
    private sealed class Searchable
    {
        private readonly string _umlauts;
        private readonly string _umlautsShort;
        private readonly string[] _umlautTokens;
        private readonly string _plain;
        private readonly string _plainShort;
        private readonly string[] _plainTokens;

        public Searchable(RegisterEntry entry)
        {
            Entry = entry;
            var comma = entry.Name.IndexOf(',', StringComparison.Ordinal);
            var shortName = comma > 0 ? entry.Name[..comma] : entry.Name;
            _umlauts = NameFolding.Fold(entry.Name);
            _umlautsShort = NameFolding.Fold(shortName);
            // The kind's words count as words of the name, so "Landkreis Celle" and "Amt Eider" find their records.
            var kind = RegisterKinds.Label(entry.Kind);
            _umlautTokens = $"{_umlauts} {NameFolding.Fold(kind)}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
            _plain = NameFolding.Plain(entry.Name);
            _plainShort = NameFolding.Plain(shortName);
            _plainTokens = $"{_plain} {NameFolding.Plain(kind)}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        public RegisterEntry Entry { get; }

        /// <summary>0 exact name, 1 name starts with the text, 2 every word of the text starts a word of the name or kind; null: no match.</summary>
        public int? Rank(Folded q)
        {
            if (q.Umlauts.Length == 0)
            {
                return 3;
            }

            return Rank(q.Umlauts, q.UmlautTokens, _umlauts, _umlautsShort, _umlautTokens) ?? Rank(q.Plain, q.PlainTokens, _plain, _plainShort, _plainTokens);
        }

        private static int? Rank(string q, string[] tokens, string name, string shortName, string[] nameTokens)
        {
            if (name == q || shortName == q)
            {
                return 0;
            }

            if (name.StartsWith(q, StringComparison.Ordinal))
            {
                return 1;
            }

            if (tokens.Length == 0)
            {
                return null;
            }

            foreach (var token in tokens)
            {
                if (!StartsAWord(token, nameTokens))
                {
                    return null;
                }
            }

            return 2;
        }

        private static bool StartsAWord(string token, string[] words)
        {
            foreach (var word in words)
            {
                if (word.StartsWith(token, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
