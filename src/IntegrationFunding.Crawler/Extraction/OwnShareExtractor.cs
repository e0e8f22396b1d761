using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Extracts the minimum own share: "Eigenanteil von mindestens 10 %", "mind. 20 % Eigenmittel", "ein Eigenanteil ist
/// nicht erforderlich" (→ 0). Reduced shares for financially weak municipalities (Haushaltssicherung, Stärkungspakt)
/// and credited own contributions (Eigenleistungen, ehrenamtliche Arbeit) become the note. Only what the text states: the
/// complement of a stated rate is derived later, in the mapping (<c>ShareComplement</c>), with evidence marked as derived.
/// </summary>
public sealed partial class OwnShareExtractor : IFactExtractor<OwnShare?>
{
    public OwnShare? Extract(string text, string label = "Text") => Extract(SourceSentences.From(text, label));

    public OwnShare? Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        decimal? min = null;
        Evidence? minEvidence = null;
        var notes = new List<SourceSentence>();
        foreach (var sentence in sentences.Where(s => s.Kind != SectionKind.Contact))
        {
            var text = sentence.Text;
            var mentions = PercentMentions.Find(sentence).Where(m => m.Role == PercentRole.OwnShare).ToList();
            var desiredOnly = Desired().IsMatch(text);
            var general = mentions.Where(m => !m.IsSpecial && !desiredOnly).ToList();
            if (min is null && general.Count > 0)
            {
                min = general.Min(m => m.Value);
                minEvidence = sentence.ToEvidence();
            }
            else if (min is null && ((NotRequired().IsMatch(text) && !RequiredAfterAll().IsMatch(text)) || (sentence.Kind == SectionKind.OwnShare && NoneInBox().IsMatch(text))))
            {
                min = 0m;
                minEvidence = sentence.ToEvidence();
            }

            if (IsNote(text, mentions))
            {
                notes.Add(sentence);
            }
        }

        if (min is null && notes.Count == 0)
        {
            return null;
        }

        var note = notes.Count == 0 ? null : string.Join(" ", notes.Select(n => n.Text).Distinct(StringComparer.Ordinal));
        return new OwnShare(min, note, minEvidence, notes.Count == 0 ? null : notes[0].ToEvidence());
    }

    private static bool IsNote(string text, List<PercentMention> ownShareMentions)
    {
        if (ownShareMentions.Any(m => m.IsSpecial) || (ownShareMentions.Count > 0 && Desired().IsMatch(text)))
        {
            return true;
        }

        var aboutOwnShare = OwnShareTopic().IsMatch(text);
        return (aboutOwnShare && WeakMunicipality().IsMatch(text))
            || (Contribution().IsMatch(text) && Credited().IsMatch(text))
            || (OwnShareWord().IsMatch(text) && Festbetrag().IsMatch(text));
    }

    [GeneratedRegex(@"(?:\b(?:kein|keine|ohne)\s+(?:\p{L}+\s+)?(?:eigenanteil|eigenmittel|eigenbeteiligung|kofinanzierung))|(?:(?:eigenanteil|eigenmittel|eigenbeteiligung|kofinanzierung)\S*\s+(?:\p{L}+\s+){0,3}(?:nicht\s+(?:erforderlich|notwendig|vorgesehen|zu\s+erbringen|nötig|verlangt)|entfällt))", RegexOptions.IgnoreCase)]
    private static partial Regex NotRequired();

    /// <summary>The whole value of an "Eigenanteil" box saying there is none ("keiner", "nicht erforderlich", "entfällt", "0 %").</summary>
    [GeneratedRegex(@"^\s*(?:keiner|keine|kein|nein|nicht\s+erforderlich|nicht\s+notwendig|entfällt|none|not\s+required|0\s?%)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoneInBox();

    [GeneratedRegex(@"erwünscht|wünschenswert|empfohlen|\bsollte\b|willkommen", RegexOptions.IgnoreCase)]
    private static partial Regex Desired();

    [GeneratedRegex(@"nicht\s+möglich|ausgeschlossen|unzulässig|keine\s+förderung", RegexOptions.IgnoreCase)]
    private static partial Regex RequiredAfterAll();

    [GeneratedRegex(@"eigenanteil|eigenmittel|eigenbeteiligung|kofinanzierung|förderquote|fördersatz|\d\s?(?:%|prozent)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnShareTopic();

    [GeneratedRegex(@"haushaltssicherung|finanzschwach|stärkungspakt|nothaushalt|haushaltsnotlage|haushaltsausgleich|konsolidierung", RegexOptions.IgnoreCase)]
    private static partial Regex WeakMunicipality();

    [GeneratedRegex(@"eigenleistung|ehrenamtlich|unbare|sachleistung|drittmittel|arbeitsleistung|geldwerte", RegexOptions.IgnoreCase)]
    private static partial Regex Contribution();

    [GeneratedRegex(@"angerechnet|anrechenbar|anrechnung|berücksichtigt|eingebracht|erbracht|anerkannt|ersetzt", RegexOptions.IgnoreCase)]
    private static partial Regex Credited();

    [GeneratedRegex(@"eigenanteil|eigenmittel|eigenbeteiligung|kofinanzierung", RegexOptions.IgnoreCase)]
    private static partial Regex OwnShareWord();

    [GeneratedRegex(@"festbetrag|pauschal", RegexOptions.IgnoreCase)]
    private static partial Regex Festbetrag();
}
