using System.Text;

namespace IntegrationFunding.Search.Analysis;

/// <summary>Reads one word starting at a letter or digit; the rules behind <see cref="GermanTokenizer"/>.</summary>
internal static class WordScanner
{
    public static WordToken Read(string text, int start, out int next)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        string? genderBase = null;
        var pos = start;
        var end = start;
        while (true)
        {
            pos = ReadRun(text, pos, current);
            end = pos;
            if (pos >= text.Length)
            {
                break;
            }

            var c = text[pos];
            if (IsHyphen(c))
            {
                if (HyphenBreaks.TryContinue(text, pos, out var joined, out var compound) && !compound)
                {
                    pos = joined;
                    continue;
                }

                var isCompound = compound
                    || (c is '-' or '\u2010' or '\u2011' && pos + 1 < text.Length && char.IsLetterOrDigit(text[pos + 1]));
                if (isCompound && current.Length > 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                    pos = compound ? joined : pos + 1;
                    continue;
                }

                break;
            }

            if (GenderForms.TryRead(text, pos, current, out var suffix, out var afterSuffix))
            {
                genderBase = string.Concat(parts) + current;
                current.Append(suffix);
                end = afterSuffix;
                break;
            }

            if (c == '.' && parts.Count == 0 && IsThousandsGroup(text, pos, current))
            {
                pos++;
                continue;
            }

            if (c == '.' && parts.Count == 0 && current.Length == 1 && char.IsLetter(current[0]))
            {
                end = Abbreviations.Extend(text, pos, current, end);
            }

            break;
        }

        next = Math.Max(end, pos);
        if (parts.Count > 0)
        {
            parts.Add(current.ToString());
        }

        var whole = parts.Count > 0 ? string.Concat(parts) : current.ToString();
        genderBase ??= GenderForms.BinnenIBase(whole);
        return new WordToken(whole, start, end - start)
        {
            HyphenParts = parts.Count > 0 ? parts : [],
            GenderBase = genderBase,
        };
    }

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00AC' or '\u00AD';

    /// <summary>Reads letters, digits and combining marks; drops invisible characters; returns the position after.</summary>
    private static int ReadRun(string text, int pos, StringBuilder current)
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                current.Append(c);
            }
            else if (!(GermanNormalizer.IsInvisible(c) && c != '\u00AD'))
            {
                break;
            }

            pos++;
        }

        return pos;
    }

    private static bool IsThousandsGroup(string text, int dot, StringBuilder current)
    {
        if (current.Length == 0 || !AllDigits(current))
        {
            return false;
        }

        return dot + 3 < text.Length
            && char.IsAsciiDigit(text[dot + 1]) && char.IsAsciiDigit(text[dot + 2]) && char.IsAsciiDigit(text[dot + 3])
            && (dot + 4 == text.Length || !char.IsLetterOrDigit(text[dot + 4]));
    }

    private static bool AllDigits(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
        {
            if (!char.IsAsciiDigit(sb[i]))
            {
                return false;
            }
        }

        return true;
    }
}
