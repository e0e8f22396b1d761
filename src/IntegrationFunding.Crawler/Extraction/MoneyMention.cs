using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>An amount of euro found in a sentence ("bis zu 50.000 Euro", "1,2 Mio. €", "50 T€"), or a range of two.</summary>
public sealed record MoneyMention(decimal Value, decimal? UpperValue, int Index, int Length)
{
    public bool IsRange => UpperValue is not null;

    public int End => Index + Length;
}

/// <summary>Finds euro amounts and euro ranges in German text.</summary>
public static partial class MoneyMentions
{
    private const string Number = @"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:[ \u00A0]\d{3})+(?![\d.,])|\d+(?:,\d{1,2})?";
    private const string Magnitude = @"Mio\.|Millionen|Million|Mrd\.|Milliarden|Milliarde|Tsd\.|Tausend";
    private const string Currency = @"T€|TEUR|Euro|EUR|€";

    public static IReadOnlyList<MoneyMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<MoneyMention>();
        foreach (Match range in Range().Matches(text))
        {
            var upperMultiplier = Factor(range.Groups["bmag"].Value, range.Groups["bcur"].Value);
            var ownUnit = range.Groups["amag"].Success || range.Groups["acur"].Success;
            var lowerMultiplier = ownUnit ? Factor(range.Groups["amag"].Value, range.Groups["acur"].Value) : upperMultiplier;
            var lower = GermanNumbers.Parse(range.Groups["a"].Value);
            var upper = GermanNumbers.Parse(range.Groups["b"].Value);
            if (!ownUnit && lower * lowerMultiplier > upper * upperMultiplier)
            {
                // "zwischen 20.000 und 1,5 Mio. Euro": the magnitude belongs to the upper bound only.
                lowerMultiplier = 1m;
            }

            if (lower is not null && upper is not null && lower * lowerMultiplier <= upper * upperMultiplier)
            {
                mentions.Add(new MoneyMention(lower.Value * lowerMultiplier, upper.Value * upperMultiplier, range.Index, range.Length));
            }
        }

        foreach (Match single in Single().Matches(text))
        {
            var hasCurrency = single.Groups["pre"].Success || single.Groups["cur"].Success;
            if (!hasCurrency || mentions.Any(m => single.Index < m.End && m.Index < single.Index + single.Length))
            {
                continue;
            }

            var value = GermanNumbers.Parse(single.Groups["num"].Value);
            if (value is not null)
            {
                var factor = Factor(single.Groups["mag"].Value, single.Groups["cur"].Value);
                mentions.Add(new MoneyMention(value.Value * factor, null, single.Index, single.Length));
            }
        }

        mentions.Sort((x, y) => x.Index.CompareTo(y.Index));
        return mentions;
    }

    private static decimal Factor(string magnitude, string currency) =>
        GermanNumbers.Multiplier(magnitude) * (currency is "T€" or "TEUR" ? 1_000m : 1m);

    [GeneratedRegex(@"(?:(?<pre>EUR|€)\s?)?(?<![\d.,])(?<num>" + Number + @")(?:,-+|,–)?\s?(?<mag>" + Magnitude + @")?\s?(?<cur>" + Currency + @")?(?![\p{L}\d])")]
    private static partial Regex Single();

    [GeneratedRegex(@"(?:(?:EUR|€)\s?)?(?<![\d.,])(?<a>" + Number + @")(?:,-+)?\s?(?<amag>" + Magnitude + @")?\s?(?<acur>" + Currency + @")?\s*(?:und|oder|bis(?:\s+zu)?|and|or|to|–|-)\s*(?:(?:EUR|€)\s?)?(?<b>" + Number + @")(?:,-+|,–)?\s?(?<bmag>" + Magnitude + @")?\s?(?<bcur>" + Currency + @")(?![\p{L}\d])")]
    private static partial Regex Range();
}
