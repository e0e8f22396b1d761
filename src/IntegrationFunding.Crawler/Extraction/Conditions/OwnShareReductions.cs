using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes.Conditions;

namespace IntegrationFunding.Crawler.Extraction.Conditions;

/// <summary>
/// An own-share reduction in one sentence: a trigger (Haushaltssicherung, Haushaltsnotlage, finanzschwach →
/// <c>haushaltssicherung</c>; strukturschwach → <c>strukturschwach</c>) followed by the first percentage after it. A
/// percentage read as own share ("Eigenanteil von 10 %") is taken as it is; otherwise it is the special funding rate
/// ("bis zu 90 %") and the own share is its rest to 100 %.
/// </summary>
internal static partial class OwnShareReductions
{
    public static OwnShareReduction? In(string sentence)
    {
        var trigger = Trigger().Match(sentence);
        if (!trigger.Success)
        {
            return null;
        }

        var rest = sentence[(trigger.Index + trigger.Length)..];
        var percent = Percent().Match(rest);
        if (!percent.Success || GermanNumbers.Parse(percent.Groups["n"].Value) is not { } value || value is < 0 or > 100)
        {
            return null;
        }

        var ownShare = OwnShareWords().IsMatch(rest[..percent.Index]) ? value : 100 - value;
        var fact = trigger.Value.StartsWith("struktur", StringComparison.OrdinalIgnoreCase) ? ConditionFacts.StructurallyWeak : ConditionFacts.BudgetConsolidation;
        return new OwnShareReduction { Fact = fact, OwnShareMinPercent = ownShare };
    }

    [GeneratedRegex(@"Haushaltssicherung\w*|Haushaltsnotlage\w*|finanzschwach\w*|strukturschwach\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d+)?)\s*(?:%|Prozent)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Percent();

    [GeneratedRegex(@"Eigenanteil|Eigenmittel|Eigenbeteiligung", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OwnShareWords();
}
