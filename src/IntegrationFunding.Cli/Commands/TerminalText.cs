using System.Globalization;
using System.Text;

namespace IntegrationFunding.Cli.Commands;

/// <summary>
/// Makes untrusted text (messages anonymous users sent through the web UI) safe to print in a terminal: control
/// characters (ESC sequences that clear the screen or set the window title, BEL, backspace, DEL, C1) and
/// bidirectional overrides are shown as visible <c>\u001b</c>-style escapes; tabs become <c>\t</c> so they cannot
/// forge columns; line breaks become spaces (one report, one line).
/// </summary>
internal static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = new StringBuilder(text.Length);
        foreach (var rune in text.ReplaceLineEndings(" ").EnumerateRunes())
        {
            if (rune.Value == '\t')
            {
                result.Append("\\t");
            }
            else if (Rune.IsControl(rune) || IsBidiControl(rune.Value) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
            }
            else
            {
                result.Append(rune.ToString());
            }
        }

        return result.ToString();
    }

    private static bool IsBidiControl(int value) => value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);
}
