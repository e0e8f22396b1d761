using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Reads the legal basis where the prose states it: "Grundlage der Förderung ist die Richtlinie … vom 12.03.2025",
/// "Rechtsgrundlage ist das … Gesetz". The named Richtlinie (with its date) is returned, nothing when no basis is named.
/// </summary>
public static partial class LegalBasisExtractor
{
    public static (string Text, Evidence Evidence)? Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences.Where(s => s.Kind != SectionKind.Contact))
        {
            if (Stated().Match(sentence.Text) is { Success: true } match)
            {
                return (match.Groups["basis"].Value.Trim().TrimEnd('.'), sentence.ToEvidence());
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:rechts)?grundlage\s+(?:der\s+förderung\s+|des\s+programms\s+|hierfür\s+)?(?:ist|bildet|sind)\s+(?:die|der|das)\s+(?<basis>[^.;]*?(?:richtlinie|gesetz|verordnung|verwaltungsvorschrift)[^;]*?)(?:\.\s|\.$|;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();
}
