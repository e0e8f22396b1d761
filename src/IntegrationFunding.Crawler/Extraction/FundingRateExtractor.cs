using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Extracts the maximum funding rate (Förderquote) in percent: "bis zu 80 Prozent", "80 v. H.", "Förderquote: 90 %",
/// "Vollfinanzierung" → 100. Special rates (financially weak municipalities, exceptions) do not raise the general
/// maximum; they are quoted in the note. Own shares are never turned into rates.
/// </summary>
public sealed partial class FundingRateExtractor : IFactExtractor<FundingRate?>
{
    public FundingRate? Extract(string text, string label = "Text") => Extract(SourceSentences.From(text, label));

    public FundingRate? Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        (decimal Value, SourceSentence Sentence)? best = null;
        var notes = new List<string>();
        foreach (var sentence in sentences.Where(s => s.Kind != SectionKind.Contact))
        {
            foreach (var mention in PercentMentions.Find(sentence).Where(m => m.Role == PercentRole.FundingRate))
            {
                if (mention.IsSpecial)
                {
                    AddNote(notes, sentence.Text);
                }
                else if (best is null || mention.Value > best.Value.Value)
                {
                    best = (mention.Value, sentence);
                }
            }

            if (FullFunding().IsMatch(sentence.Text) && !Negated().IsMatch(sentence.Text) && (best is null || best.Value.Value < 100m))
            {
                best = (100m, sentence);
            }
        }

        if (best is null)
        {
            return null;
        }

        var note = notes.Count == 0 ? null : string.Join(" ", notes);
        return new FundingRate(best.Value.Value, note, best.Value.Sentence.ToEvidence());
    }

    private static void AddNote(List<string> notes, string text)
    {
        if (!notes.Contains(text))
        {
            notes.Add(text);
        }
    }

    [GeneratedRegex(@"vollfinanzierung|vollständig\s+(?:finanziert|gefördert)|in\s+voller\s+höhe\s+(?:finanziert|gefördert|erstattet|übernommen)", RegexOptions.IgnoreCase)]
    private static partial Regex FullFunding();

    [GeneratedRegex(@"\b(?:keine|nicht|ausgeschlossen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();
}
