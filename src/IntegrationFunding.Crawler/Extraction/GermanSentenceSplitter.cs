using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Splits German programme prose into sentences. Knows the abbreviations of funding texts (z. B., v. H., mind.,
/// Mio., …), ordinal dates ("31. März 2027"), bullet lists (each item is a sentence, prefixed with the lead-in that
/// ends in a colon) and line breaks (a line break ends a sentence only after final punctuation, before a bullet
/// or at a blank line; otherwise wrapped lines are joined).
/// </summary>
public sealed partial class GermanSentenceSplitter
{
    private static readonly string[] DefaultAbbreviations =
    [
        "z", "b", "v", "h", "mind", "max", "min", "ca", "bzw", "nr", "i", "d", "r", "u", "a", "mio", "mrd", "abs",
        "gem", "ggf", "inkl", "evtl", "vgl", "bspw", "usw", "etc", "tsd", "ziff", "art", "dr", "prof", "st", "std",
        "insb", "insbes", "zzgl", "sog", "e", "o", "ä", "s", "lt", "gfs", "zt", "jhd", "jh", "bzgl", "ebd", "geb",
        "hrsg", "kap", "lfd", "mtl", "rd", "str", "tel", "zus", "zw", "f", "ff", "spätest", "jew", "allg", "ugs",
    ];

    private readonly HashSet<string> _abbreviations;

    /// <param name="extraAbbreviations">Further words that are followed by a period without ending a sentence.</param>
    public GermanSentenceSplitter(IEnumerable<string>? extraAbbreviations = null)
    {
        _abbreviations = new HashSet<string>(DefaultAbbreviations.Concat(extraAbbreviations ?? []), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var sentences = new List<string>();
        foreach (var unit in Units(Normalize(text)))
        {
            SplitUnit(unit, sentences);
        }

        return sentences;
    }

    private static string Normalize(string text) =>
        text.Replace("\u00AD", string.Empty, StringComparison.Ordinal)
            .Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\t', ' ')
            .Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Joins wrapped lines into paragraphs and turns bullet items into their own units.</summary>
    private List<string> Units(string text)
    {
        var units = new List<string>();
        var current = new StringBuilder();
        string? leadIn = null;
        var inBulletList = false;

        void Flush()
        {
            var unit = Spaces().Replace(current.ToString(), " ").Trim();
            current.Clear();
            if (unit.Length == 0)
            {
                return;
            }

            if (inBulletList && leadIn is not null)
            {
                unit = leadIn + " " + unit;
            }
            else if (!inBulletList)
            {
                leadIn = unit.EndsWith(':') ? unit : null;
            }

            units.Add(unit);
        }

        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                Flush();
                inBulletList = false;
                continue;
            }

            var bullet = Bullet().Match(line);
            if (bullet.Success)
            {
                Flush();
                inBulletList = true;
                current.Append(line[bullet.Length..]);
                continue;
            }

            var previous = current.ToString().TrimEnd();
            if (previous.Length > 0 && ".!?;".Contains(previous[^1], StringComparison.Ordinal) && !EndsWithAbbreviation(previous))
            {
                Flush();
                inBulletList = false;
            }

            current.Append(' ').Append(line);
        }

        Flush();
        return units;
    }

    private bool EndsWithAbbreviation(string text)
    {
        var match = LastWordBeforePeriod().Match(text);
        return match.Success && IsNoBreak(match.Groups["word"].Value, followingIsMonth: true);
    }

    private void SplitUnit(string unit, List<string> sentences)
    {
        var start = 0;
        foreach (Match boundary in Boundary().Matches(unit))
        {
            var end = boundary.Index + 1;
            var word = WordBefore(unit, boundary.Index);
            var next = unit[(boundary.Index + boundary.Length)..];
            if (unit[boundary.Index] == '.' && IsNoBreak(word, Month().IsMatch(next)))
            {
                continue;
            }

            AddSentence(unit[start..end], sentences);
            start = boundary.Index + boundary.Length;
        }

        AddSentence(unit[start..], sentences);
    }

    private static void AddSentence(string candidate, List<string> sentences)
    {
        var sentence = candidate.Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    private static string WordBefore(string text, int periodIndex)
    {
        var i = periodIndex;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.'))
        {
            i--;
        }

        return text[i..periodIndex];
    }

    /// <summary>True when the period after <paramref name="word"/> does not end a sentence.</summary>
    private bool IsNoBreak(string word, bool followingIsMonth)
    {
        if (word.Length == 0)
        {
            return false;
        }

        var lastPart = word.Split('.')[^1];
        if (_abbreviations.Contains(lastPart) || (lastPart.Length == 1 && char.IsLetter(lastPart[0])))
        {
            return true;
        }

        // Ordinals and day numbers: "31. März", "2. Förderaufruf"; a year ("bis 2027.") ends a sentence.
        if (lastPart.Length is 1 or 2 && lastPart.All(char.IsDigit))
        {
            return followingIsMonth || !word.Contains('.', StringComparison.Ordinal);
        }

        return false;
    }

    [GeneratedRegex(@"[.!?](?:[""'“”»«)]*)\s+(?=[\p{Lu}""„»«(])")]
    private static partial Regex Boundary();

    /// <summary>A list marker; "30. April 2027" at the start of a line is a date, not item 30.</summary>
    [GeneratedRegex(@"^(?:[-–—•·*▪►✓]|\d{1,2}[.)](?!\s*(?:Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)\b)|[a-z][)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b")]
    private static partial Regex Month();

    [GeneratedRegex(@"(?<word>[\p{L}\d.]+)\.$")]
    private static partial Regex LastWordBeforePeriod();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
