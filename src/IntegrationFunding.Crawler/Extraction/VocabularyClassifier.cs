using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Assigns vocabulary ids by the taxonomy's German synonyms. A synonym matches at a word start (so compounds like
/// "Integrationskursträger" count, "interkulturell" is not "Kultur"); short all-capital synonyms match exactly.
/// Specific synonyms score 2 per sentence; generic ones score 1, or 2 in a sentence that says what is funded and has
/// no specific synonym. An id needs 2 points. Contact sections and sentences, ministry names, applicant kinds
/// ("Schulen", "Migrantenorganisationen") and negated sentences ("nicht gefördert") are ignored.
/// </summary>
public sealed partial class VocabularyClassifier
{
    private readonly IReadOnlyList<(string Id, string Label, IReadOnlyList<Synonym> Synonyms)> _terms;

    public VocabularyClassifier(Vocabulary vocabulary, IReadOnlySet<string> weakSynonyms, IReadOnlyDictionary<string, string[]>? extraSynonyms = null, IReadOnlySet<string>? ignoredSynonyms = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(weakSynonyms);
        _terms = vocabulary.Terms.Select(term =>
        {
            var words = term.Synonyms.Prepend(term.Label)
                .Concat(extraSynonyms?.GetValueOrDefault(term.Id) ?? [])
                .Where(w => ignoredSynonyms is null || !ignoredSynonyms.Contains(w))
                .Distinct(StringComparer.OrdinalIgnoreCase);
            IReadOnlyList<Synonym> synonyms = words.Select(w => new Synonym(PatternFor(w), IsAbbreviation(w), weakSynonyms.Contains(w) ? 1 : 2)).ToList();
            return (term.Id, term.Label, synonyms);
        }).ToList();
    }

    public IReadOnlyList<ClassifiedTerm> Classify(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var usable = sentences.Where(IsUsable).Select(s => (Sentence: s, Original: Clean(s.Text))).Select(s => (s.Sentence, s.Original, Folded: TextFolding.Fold(s.Original))).ToList();
        var specificSentences = usable.Where(u => _terms.Any(t => t.Synonyms.Any(s => s.Weight == 2 && s.Pattern.IsMatch(s.ExactCase ? u.Original : u.Folded)))).Select(u => u.Sentence).ToHashSet();
        var result = new List<ClassifiedTerm>();
        foreach (var (id, _, synonyms) in _terms)
        {
            var score = 0;
            (int Weight, SourceSentence Sentence)? best = null;
            foreach (var (sentence, original, folded) in usable)
            {
                var weight = synonyms.Where(s => s.Pattern.IsMatch(s.ExactCase ? original : folded)).Select(s => s.Weight).DefaultIfEmpty(0).Max();
                if (weight == 1 && Purpose().IsMatch(original) && !specificSentences.Contains(sentence))
                {
                    weight = 2;
                }

                score += weight;
                if (weight > 0 && (best is null || weight > best.Value.Weight))
                {
                    best = (weight, sentence);
                }
            }

            if (score >= 2 && best is not null)
            {
                result.Add(new ClassifiedTerm(id, best.Value.Sentence.ToEvidence()));
            }
        }

        return result;
    }

    private static bool IsUsable(SourceSentence sentence) =>
        sentence.Kind is not (SectionKind.Contact or SectionKind.Applicants or SectionKind.Region)
        && !FinancingSentence().IsMatch(sentence.Text)
        && !Excluded().IsMatch(sentence.Text)
        && !ContactSentence().IsMatch(sentence.Text);

    private static string Clean(string text) => ApplicantTermPatterns.Blank(Ministry().Replace(text, " "));

    private static bool IsAbbreviation(string synonym) =>
        synonym.Length <= 4 && synonym.All(c => !char.IsLetter(c) || char.IsUpper(c)) || synonym == "DaZ";

    private static Regex PatternFor(string synonym)
    {
        if (IsAbbreviation(synonym))
        {
            return new Regex(@"(?<![\p{L}\d])" + Regex.Escape(synonym) + @"(?![\p{L}\d])", RegexOptions.CultureInvariant);
        }

        return new Regex(@"(?<![\p{L}\d])" + Regex.Escape(TextFolding.Fold(synonym)), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    private sealed record Synonym(Regex Pattern, bool ExactCase, int Weight);

    [GeneratedRegex(@"eigenanteil|eigenmittel|eigenleistung|kofinanzierung|angerechnet", RegexOptions.IgnoreCase)]
    private static partial Regex FinancingSentence();

    [GeneratedRegex(@"gefördert|\bfördert|unterstützt|zuschüsse\s+für|zuwendungen\s+für|förderung\s+von|ziel\s+(?:des|der|ist)", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"\b\w*ministerium\s+(?:für|der|des)\s+[^.;]*?(?=\s(?:des\s+landes|fördert|unterstützt|gewährt|stellt|vergibt|hat|ist|lobt)\b)|\bbundesamt\s+für\s+[^.;,]*", RegexOptions.IgnoreCase)]
    private static partial Regex Ministry();

    [GeneratedRegex(@"für\s+fragen|ansprechpartner|ansprechperson|erreichbar|sprechzeiten|telefon|e-mail|\btel\.", RegexOptions.IgnoreCase)]
    private static partial Regex ContactSentence();

    [GeneratedRegex(@"nicht\s+(?:\p{L}+\s+){0,2}(?:gefördert|förderfähig|zuwendungsfähig|unterstützt)|(?:ausgeschlossen|ausgenommen)\s+(?:sind|ist|von)|von\s+der\s+förderung\s+ausgeschlossen", RegexOptions.IgnoreCase)]
    private static partial Regex Excluded();
}
