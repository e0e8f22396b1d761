using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Finds dates in German text: "31.03.2027", "31. März 2027", "Montag, 1. Januar 2027", "2027-03-31", and dates
/// without a year ("30.09.", "30. April"). A date without a year borrows the year of the next date in an
/// enumeration ("31. Januar und 31. Juli 2027").
/// </summary>
public static partial class GermanDates
{
    private static readonly string[] MonthKeys =
        ["jan", "feb", "mae", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"];

    /// <summary>English month prefixes where they differ from the German ones (EU call pages).</summary>
    private static readonly (string Prefix, int Month)[] EnglishMonths = [("mar", 3), ("may", 5), ("oct", 10), ("dec", 12)];

    public static IReadOnlyList<DateMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        foreach (Match m in Numeric().Matches(text))
        {
            found.Add(new DateMention(Int(m, "d"), Int(m, "m"), m.Groups["y"].Success ? Int(m, "y") : null, m.Index, m.Length));
        }

        foreach (Match m in Named().Matches(text))
        {
            var month = MonthOf(m.Groups["m"].Value);
            if (month > 0)
            {
                found.Add(new DateMention(Int(m, "d"), month, m.Groups["y"].Success ? Int(m, "y") : null, m.Index, m.Length));
            }
        }

        foreach (Match m in English().Matches(text))
        {
            found.Add(new DateMention(Int(m, "d"), MonthOf(m.Groups["m"].Value), Int(m, "y"), m.Index, m.Length));
        }

        foreach (Match m in Iso().Matches(text))
        {
            found.Add(new DateMention(Int(m, "d"), Int(m, "m"), Int(m, "y"), m.Index, m.Length));
        }

        found.Sort((x, y) => x.Index.CompareTo(y.Index));
        return BorrowYears(text, found);
    }

    private static List<DateMention> BorrowYears(string text, List<DateMention> dates)
    {
        for (var i = dates.Count - 2; i >= 0; i--)
        {
            var next = dates[i + 1];
            if (dates[i].Year is null && next.Year is not null && next.Index >= dates[i].End
                && Enumeration().IsMatch(text[dates[i].End..next.Index]))
            {
                dates[i] = dates[i] with { Year = next.Year };
            }
        }

        return dates;
    }

    private static int MonthOf(string name)
    {
        var folded = TextFolding.Fold(name);
        for (var i = 0; i < MonthKeys.Length; i++)
        {
            if (folded.StartsWith(MonthKeys[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return EnglishMonths.FirstOrDefault(m => folded.StartsWith(m.Prefix, StringComparison.Ordinal)).Month;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.(?:\s?(?<y>(?:19|20)\d{2})(?!\d))?")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.\s*(?<m>Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)(?:\s+(?<y>(?:19|20)\d{2})(?!\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex English();

    [GeneratedRegex(@"(?<!\d)(?<y>20\d{2})-(?<m>\d{2})-(?<d>\d{2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^\s*(?:,|und|sowie|oder|bzw\.|&|/)?\s*(?:(?:den|der|dem|zum|am|bis)\s+)?(?:\p{L}+,\s*)?$")]
    private static partial Regex Enumeration();
}
