using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Extracts the per-project grant range: "bis zu 50.000 Euro", "max. 1,5 Mio. €", "zwischen 5.000 und 25.000 €",
/// "mindestens 10.000 EUR", "50 T€". The programme's total budget ("Insgesamt stehen 5 Mio. Euro zur Verfügung"),
/// exceptions ("in Ausnahmefällen bis …"), cost-item caps (Honorare, Sachausgaben) and turnover limits are skipped.
/// </summary>
public sealed partial class AmountExtractor : IFactExtractor<AmountRange?>
{
    public AmountRange? Extract(string text, string label = "Text") => Extract(SourceSentences.From(text, label));

    public AmountRange? Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        (decimal Value, SourceSentence Sentence)? min = null;
        (decimal Value, SourceSentence Sentence)? max = null;
        foreach (var sentence in sentences.Where(s => s.Kind is not (SectionKind.Contact or SectionKind.Budget or SectionKind.Rate or SectionKind.OwnShare)))
        {
            var clauses = Clauses.Split(sentence.Text);
            foreach (var mention in MoneyMentions.Find(sentence.Text))
            {
                var clause = Clauses.At(clauses, mention.Index);
                var (lower, upper) = Classify(sentence, clause, mention);
                if (lower is not null && (min is null || lower < min.Value.Value))
                {
                    min = (lower.Value, sentence);
                }

                if (upper is not null && (max is null || upper > max.Value.Value))
                {
                    max = (upper.Value, sentence);
                }
            }
        }

        return min is null && max is null
            ? null
            : new AmountRange(min?.Value, max?.Value, min?.Sentence.ToEvidence(), max?.Sentence.ToEvidence());
    }

    private static (decimal? Min, decimal? Max) Classify(SourceSentence sentence, Clause clause, MoneyMention mention)
    {
        var text = clause.Text;
        var perProject = PerProject().IsMatch(text);
        if ((Budget().IsMatch(text) && !perProject) || NotAGrant().IsMatch(text) || Exception().IsMatch(text))
        {
            return (null, null);
        }

        if (mention.IsRange)
        {
            return (mention.Value, mention.UpperValue);
        }

        var offset = mention.Index - clause.Start;
        var before = text[Math.Max(0, offset - 35)..Math.Max(0, offset)];
        var after = text[Math.Min(text.Length, offset + mention.Length)..];
        if (MaxCue().IsMatch(before) || MaxCueAfter().IsMatch(after))
        {
            return (null, mention.Value);
        }

        if (MinCue().IsMatch(before) || BelowNotGranted().IsMatch(text))
        {
            return (mention.Value, null);
        }

        var grantContext = sentence.Kind == SectionKind.Amounts || GrantWord().IsMatch(text) || perProject;
        // Under an amount label ("Fördersumme: 10.000 oder 25.000 Euro") a bare amount is one of the grants offered.
        return grantContext && (FixedAmount().IsMatch(text) || sentence.Kind == SectionKind.Amounts) ? (mention.Value, mention.Value) : (null, null);
    }

    [GeneratedRegex(@"\b(?:je|pro)\s+(?:projekt|vorhaben|maßnahme|antrag|antragsteller|mikroprojekt|einzelprojekt|förderfall|kommune|stelle|jahr)|einzelförderung", RegexOptions.IgnoreCase)]
    private static partial Regex PerProject();

    [GeneratedRegex(@"insgesamt|zur\s+verfügung|fördervolumen|gesamtvolumen|programmvolumen|gesamtbudget|\bbudget|haushaltsmittel|bereitgestellt|stehen\s+.*bereit|ausgestattet|mittelansatz|finanzrahmen|fördertopf|gesamtsumme|volumen\s+von|gesamt\w*summe|des\s+(?:programms|fonds|aufrufs)\b|\bfonds\s+ist|call\s+budget|total\s+budget", RegexOptions.IgnoreCase)]
    private static partial Regex Budget();

    [GeneratedRegex(@"umsatz|bilanzsumme|einwohner|honorar|sachausgaben|sachkosten|fahrtkosten|verpflegung|unterrichtseinheit|stundensatz|je\s+stunde|pro\s+stunde|je\s+teilnehm|pro\s+teilnehm|miete|aufwandsentschädigung|gesamtkosten\s+von\s+(?:mindestens|höchstens)|kapital", RegexOptions.IgnoreCase)]
    private static partial Regex NotAGrant();

    [GeneratedRegex(@"ausnahmef|ausnahmsweise|besonders\s+begründet|im\s+einzelfall", RegexOptions.IgnoreCase)]
    private static partial Regex Exception();

    [GeneratedRegex(@"(?:bis\s+zu|\bbis\b|max\.|maximal|up\s+to|\bmaximum\b|not\s+exceed|höchstens|höchstbetrag|obergrenze|nicht\s+mehr\s+als|begrenzt\s+auf|gedeckelt|höchstförderung|förderhöchstbetrag|maximalbetrag|beschränkt\s+auf)[^.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MaxCue();

    [GeneratedRegex(@"^\s*(?:\p{L}+\s+)?(?:begrenzt|beschränkt|gedeckelt|limitiert)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxCueAfter();

    [GeneratedRegex(@"(?:mindestens|mind\.|\bab\b|\bminimum\b|at\s+least|nicht\s+weniger\s+als|mindestbetrag|mindestförderung|bagatellgrenze|mindestzuwendung|untergrenze|mindestens\s+jedoch)[^.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinCue();

    [GeneratedRegex(@"\bunter\s+[\d.,]+\s?(?:€|euro|eur)\b.*\bnicht\b|\bbagatellgrenze", RegexOptions.IgnoreCase)]
    private static partial Regex BelowNotGranted();

    [GeneratedRegex(@"zuschuss|zuwendung|förderung|gefördert|fördersumme|förderbetrag|preisgeld|preis\b|festbetrag|pauschal|erhalten|beantragt|gewährt|bewilligt|dotiert", RegexOptions.IgnoreCase)]
    private static partial Regex GrantWord();

    [GeneratedRegex(@"beträgt|festbetrag|pauschal|in\s+höhe\s+von|dotiert|preisgeld|erhalten|von\s+je|jeweils", RegexOptions.IgnoreCase)]
    private static partial Regex FixedAmount();
}
