using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Finds percentages ("80 %", "80 Prozent", "80 v. H.", "50 vom Hundert") and decides whether each is a funding rate
/// or an own share: first by the nearest keyword before it (since the previous percentage), then by the words right
/// after it ("20 % Eigenmittel", "80 % der zuwendungsfähigen Ausgaben"), then by the nearest keyword earlier in the
/// sentence, and finally by the section label.
/// </summary>
public static partial class PercentMentions
{
    public static IReadOnlyList<PercentMention> Find(SourceSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Text;
        var clauses = Clauses.Split(text);
        var matches = Percent().Matches(text);
        var result = new List<PercentMention>();
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var value = match.Groups["n"].Success ? GermanNumbers.Parse(match.Groups["n"].Value) : NumberWord(match.Groups["w"].Value);
            if (value is null or > 100m)
            {
                continue;
            }

            var clause = Clauses.At(clauses, match.Index);
            var segmentStart = Math.Max(clause.Start, i > 0 ? matches[i - 1].Index + matches[i - 1].Length : 0);
            var before = text[segmentStart..match.Index];
            var nextStart = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var afterEnd = Math.Min(Math.Min(nextStart, clause.End), match.Index + match.Length + 80);
            var after = text[(match.Index + match.Length)..Math.Max(afterEnd, match.Index + match.Length)];
            var trailingNote = LeadingParenthesis().Match(after) is { Success: true } paren && !Percent().IsMatch(paren.Value) ? paren.Value : string.Empty;

            if (Excluded().IsMatch(before[Math.Max(0, before.Length - 30)..] + " " + after[..Math.Min(after.Length, 30)]))
            {
                result.Add(new PercentMention(value.Value, PercentRole.Other, false, match.Index));
                continue;
            }

            var role = RoleOf(text[..match.Index], before, after, sentence.Kind);
            var ownContext = LeadingParenthesis().Replace(before, string.Empty);
            var insideParenthesis = ownContext.LastIndexOf('(') > ownContext.LastIndexOf(')');
            var afterContext = insideParenthesis ? after.Split(')')[0] : trailingNote + after[..Math.Min(after.Length, 25)];
            if (Old().IsMatch(text[clause.Start..match.Index]))
            {
                result.Add(new PercentMention(value.Value, PercentRole.Other, false, match.Index));
                continue;
            }

            var special = Special().IsMatch(ownContext) || Special().IsMatch(afterContext);
            result.Add(new PercentMention(value.Value, role, special, match.Index));
        }

        return result;
    }

    private static decimal? NumberWord(string word) => word.ToLowerInvariant() switch
    {
        "fünf" => 5m, "zehn" => 10m, "fünfzehn" => 15m, "zwanzig" => 20m, "fünfundzwanzig" => 25m, "dreißig" => 30m,
        "vierzig" => 40m, "fünfzig" => 50m, "sechzig" => 60m, "siebzig" => 70m, "fünfundsiebzig" => 75m,
        "achtzig" => 80m, "neunzig" => 90m, "hundert" => 100m, _ => null,
    };

    private static PercentRole RoleOf(string sentenceBefore, string segmentBefore, string after, SectionKind kind)
    {
        // A labelled section says what its bare percentages are: an "Eigenanteil" box is never a rate.
        if (kind == SectionKind.OwnShare && !RateWord().IsMatch(segmentBefore))
        {
            return PercentRole.OwnShare;
        }

        if (kind == SectionKind.Rate && !OwnShareWord().IsMatch(segmentBefore))
        {
            return PercentRole.FundingRate;
        }

        var local = Nearest(segmentBefore);
        if (local != PercentRole.Other)
        {
            return local;
        }

        if (OwnShareWord().IsMatch(after))
        {
            return PercentRole.OwnShare;
        }

        if (RateWord().IsMatch(after))
        {
            return PercentRole.FundingRate;
        }

        var earlier = Nearest(sentenceBefore);
        if (earlier != PercentRole.Other)
        {
            return earlier;
        }

        return kind switch
        {
            SectionKind.Amounts or SectionKind.Rate => PercentRole.FundingRate,
            SectionKind.OwnShare => PercentRole.OwnShare,
            _ => PercentRole.Other,
        };
    }

    private static PercentRole Nearest(string text)
    {
        var own = OwnShareWord().Matches(text).LastOrDefault();
        var rate = RateWord().Matches(text).LastOrDefault();
        return (own, rate) switch
        {
            (null, null) => PercentRole.Other,
            (not null, null) => PercentRole.OwnShare,
            (null, not null) => PercentRole.FundingRate,
            _ => own!.Index > rate!.Index ? PercentRole.OwnShare : PercentRole.FundingRate,
        };
    }

    [GeneratedRegex(@"(?:(?<![\d,])(?<n>\d{1,3}(?:,\d{1,2})?)|\b(?<w>fünf|zehn|fünfzehn|zwanzig|fünfundzwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|fünfundsiebzig|achtzig|neunzig|hundert))\s?(?:%|Prozent\b|v\.\s?H\.|vom\s+Hundert\b|von\s+Hundert\b|per\s?cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"^\s*\([^)]*\)")]
    private static partial Regex LeadingParenthesis();

    [GeneratedRegex(@"eigenanteil|eigenmittel|eigenbeteiligung|eigenleistung|eigen-\s*(?:und|oder)\s*drittmittel|eigene[nm]?\s+mittel|(?<!eu-)kofinanzierung(?!ssatz)|selbst\s+(?:zu\s+)?(?:tragen|aufbringen|aufzubringen|finanzieren|erbringen)|selbst\s+getragen|vom\s+(?:antragsteller|träger|zuwendungsempfänger)\S*\s+(?:zu\s+)?(?:tragen|erbringen)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnShareWord();

    [GeneratedRegex(@"eu-kofinanzierung|kofinanzierungssatz|förderquote|fördersatz|förderhöhe|förderanteil|anteilfinanzierung|anteilsfinanzierung|vollfinanzierung|zuschuss|zuwendung|gefördert|förderung|fördert|bezuschusst|finanziert|finanzierung|zuwendungsfähig|förderfähig|ausgaben|kosten|erstattet|übernommen|übernimmt|landesanteil|bundesanteil", RegexOptions.IgnoreCase)]
    private static partial Regex RateWord();

    [GeneratedRegex(@"haushaltssicherung|finanzschwach|stärkungspakt|nothaushalt|haushaltsnotlage|ausnahmef|ausnahmsweise|erhöht|erhöhung|reduziert|verringert|abgesenkt|ermäßigt|herabgesetzt|besonders\s+begründet|im\s+einzelfall|strukturbedarf|strukturschwach|fördergebieten?\s+mit|\bsofern\b|\bfalls\b|\bwenn\b|für\s+(?:kommunen|gemeinden|antragsteller\w*)\s+(?:in|mit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Special();

    /// <summary>An old rate ("bis 2025 galt ein Fördersatz von 70 %", "bisher lag die Förderquote bei 90 Prozent"): the current one wins.</summary>
    [GeneratedRegex(@"\b(?:bisher|bislang|früher|zuvor|ehemals|vormals|bis\s+(?:ende\s+)?20\d\d\s+(?:galt|lag|betrug)|galt\b|lag\s+(?:\p{L}+\s+){0,3}bei\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Old();

    [GeneratedRegex(@"pauschale|gemeinkosten|verwaltungskosten|overhead|kapital|zinssatz|zins\b|zinsen|migrationshintergrund|migrationsgeschichte|teilnehmend|umsatz|anteil\s+(?:der|von)\s+(?:menschen|teilnehm|frauen|kindern)|tilgung|skonto|mehrwertsteuer", RegexOptions.IgnoreCase)]
    private static partial Regex Excluded();
}
