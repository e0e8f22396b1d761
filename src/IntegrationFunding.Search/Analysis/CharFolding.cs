using System.Globalization;
using System.Text;

namespace IntegrationFunding.Search.Analysis;

/// <summary>Per-character folding table for Latin letters: ß → ss, é → e, æ → ae …; umlauts stay (lower case).</summary>
internal static class CharFolding
{
    private const int TableStart = 0x00C0;
    private const int TableEnd = 0x024F;
    private static readonly string?[] Table = BuildTable();

    /// <summary>The folded lower-case replacement for <paramref name="c"/>, or null when plain lower-casing is enough.</summary>
    public static string? Fold(char c)
    {
        if (c < TableStart)
        {
            return null;
        }

        if (c == '\u1E9E')
        {
            return "ss"; // capital sharp s
        }

        return c <= TableEnd ? Table[c - TableStart] : null;
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableEnd - TableStart + 1];
        for (var code = TableStart; code <= TableEnd; code++)
        {
            table[code - TableStart] = FoldOne((char)code);
        }

        return table;
    }

    private static string? FoldOne(char c)
    {
        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case 'ä' or 'ö' or 'ü':
                return lower.ToString();
            case 'ß':
                return "ss";
            case 'æ':
                return "ae";
            case 'œ':
                return "oe";
            case 'ø':
                return "o";
            case 'ł':
                return "l";
            case 'đ':
                return "d";
            case 'ı':
                return "i";
            case 'þ':
                return "th";
            case 'ð':
                return "d";
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(d);
            }
        }

        var result = sb.ToString();
        return result.Length > 0 && result.All(char.IsAsciiLetterLower) ? result : null;
    }
}
