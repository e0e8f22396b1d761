using System.Text;

namespace IntegrationFunding.Search.Analysis;

/// <summary>German gender-inclusive spellings: Migrant*innen, Migrant:innen, Migrant_innen, Migrant/innen,
/// Kolleg/-innen, Migrant·innen, Migrant∗innen (U+2217), Migrant\*innen, Beauftragte/r, Beauftragte*r, and the Binnen-I (MigrantInnen).</summary>
internal static class GenderForms
{
    /// <summary>
    /// Reads a gender marker plus ending at <paramref name="pos"/>; <paramref name="suffix"/> is the ending in lower
    /// case ("innen", "in", "r", "n") and <paramref name="after"/> the position after it.
    /// </summary>
    public static bool TryRead(string text, int pos, StringBuilder current, out string suffix, out int after)
    {
        suffix = string.Empty;
        after = pos;
        if (current.Length < 2 || !char.IsLetter(current[^1]))
        {
            return false;
        }

        var marker = text[pos];
        var k = pos + 1;
        if (marker == '\\')
        {
            if (k >= text.Length || text[k] != '*')
            {
                return false;
            }

            marker = '*';
            k++;
        }

        if (marker is not ('*' or ':' or '_' or '/' or '\u00B7' or '\u2022' or '\u2217'))
        {
            return false;
        }

        if (marker == '/' && k < text.Length && text[k] == '-')
        {
            k++;
        }

        var e = k;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        if (e < text.Length && char.IsDigit(text[e]))
        {
            return false;
        }

        var ending = text[k..e].ToLowerInvariant();
        var accepted = ending is "in" or "innen" or "r" || (ending == "n" && marker != ':');
        if (!accepted)
        {
            return false;
        }

        suffix = ending;
        after = e;
        return true;
    }

    /// <summary>For a Binnen-I word ("MigrantInnen", "KollegIn"): the word without "In"/"Innen"; otherwise null.</summary>
    public static string? BinnenIBase(string word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["Innen", "In"])
        {
            var cut = word.Length - ending.Length;
            if (cut >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && char.IsLower(word[cut - 1]))
            {
                return word[..cut];
            }
        }

        return null;
    }
}
