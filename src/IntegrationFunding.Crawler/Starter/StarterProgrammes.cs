using IntegrationFunding.Crawler.FdbCsv;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Starter;

/// <summary>What a first start imports: the catalogue (gaps filled from its own text) and the real FDB programmes it lacks.</summary>
public sealed record StarterSet(IReadOnlyList<Programme> Catalogue, IReadOnlyList<Programme> Foerderdatenbank, int Duplicates);

/// <summary>
/// Composes the starter data of an empty database: the hand-checked catalogue with its null facts filled from its
/// own text, and the integration-relevant programmes of the shipped Förderdatenbank sample that the catalogue does
/// not already hold (same official page, or same name after folding case, umlauts, punctuation and bracketed
/// abbreviations). The catalogue entry wins a duplicate: its facts are hand-checked.
/// The sample's programmes are mapped once per process (they never change) and shared.
/// </summary>
public sealed class StarterProgrammes(FdbCsvStarterData sample, CatalogueTextFacts textFacts)
{
    private static readonly Lock Gate = new();
    private static IReadOnlyList<Programme>? _relevant;

    public StarterSet Compose(IReadOnlyList<Programme> catalogue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var filled = catalogue.Select(textFacts.Fill).ToList();
        var urls = filled.SelectMany(p => p.Sources.Select(s => s.Url).Prepend(p.Url)).Select(UrlKey).ToHashSet(StringComparer.Ordinal);
        var names = filled.Select(p => NameKey(p.Name)).ToHashSet(StringComparer.Ordinal);
        var fdb = new List<Programme>();
        var duplicates = 0;
        foreach (var programme in Relevant(cancellationToken))
        {
            if (urls.Contains(UrlKey(programme.Url)) || names.Contains(NameKey(programme.Name)) || filled.Any(c => SameProgramme(c, programme)))
            {
                duplicates++;
                continue;
            }

            fdb.Add(programme);
        }

        return new StarterSet(filled, fdb, duplicates);
    }

    private IReadOnlyList<Programme> Relevant(CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            return _relevant ??= sample.RelevantProgrammes(cancellationToken);
        }
    }

    /// <summary>
    /// Two names of one programme: same level and Land, and the same bracketed abbreviation ("(MBE)", "(KJP)") or at
    /// least 60 % of the significant word stems in common ("Migrationsberatung für erwachsene Zuwanderer" ~
    /// "Migrationsberatung für erwachsene Zuwandernde").
    /// </summary>
    internal static bool SameProgramme(Programme catalogue, Programme candidate)
    {
        if (catalogue.Level != candidate.Level || !catalogue.States.SequenceEqual(candidate.States))
        {
            return false;
        }

        var a = Abbreviations(catalogue.Name);
        if (a.Count > 0 && a.Overlaps(Abbreviations(candidate.Name)))
        {
            return true;
        }

        var x = Stems(catalogue.Name);
        var y = Stems(candidate.Name);
        return x.Count >= 2 && y.Count >= 2 && x.Intersect(y).Count() / (double)x.Union(y).Count() >= 0.6;
    }

    private static HashSet<string> Abbreviations(string name) =>
        System.Text.RegularExpressions.Regex.Matches(name, @"\(([A-ZÄÖÜ][A-ZÄÖÜa-z+\-]{1,9})\)").Select(m => m.Groups[1].Value)
            .Where(v => v.Count(char.IsUpper) >= 2 && v is not ("ESF" or "EU" or "EFRE")).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "foerde", "zuwend", "progra", "richtl", "massna", "projek", "rahmen", "landes", "bundes", "gewaeh",
    };

    private static HashSet<string> Stems(string name) =>
        TextKey.Fold(System.Text.RegularExpressions.Regex.Replace(name, @"\([^)]*\)", " ")).Split(' ')
            .Where(w => w.Length >= 4).Select(w => w[..Math.Min(6, w.Length)]).Where(w => !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Scheme, "www." and trailing slash do not make two pages.</summary>
    internal static string UrlKey(string url)
    {
        var text = url.Trim().ToLowerInvariant();
        text = text.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal);
        text = text.StartsWith("www.", StringComparison.Ordinal) ? text[4..] : text;
        return text.TrimEnd('/');
    }

    /// <summary>The name folded, without bracketed additions such as "(KJP)" or "(2021–2027)".</summary>
    internal static string NameKey(string name) =>
        TextKey.Fold(System.Text.RegularExpressions.Regex.Replace(name, @"\([^)]*\)", " "));
}
