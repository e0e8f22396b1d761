using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// Recognises bot protection pages served instead of content (e.g. the Förderdatenbank's tiny
/// "Radware Captcha Page"). Such pages are reported, never indexed.
/// </summary>
public static partial class BotWallDetector
{
    private static readonly string[] Markers =
        ["Radware Captcha Page", "captcha-delivery", "cf-challenge", "Just a moment...", "Attention Required! | Cloudflare", "px-captcha", "perfdrive.com"];

    public static bool IsBotWall(string text, out string? marker)
    {
        ArgumentNullException.ThrowIfNull(text);
        marker = Markers.FirstOrDefault(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
        if (marker is not null)
        {
            return true;
        }

        var title = Title().Match(text);
        if (title.Success && title.Groups[1].Value.Contains("captcha", StringComparison.OrdinalIgnoreCase) && text.Length < 16_384)
        {
            marker = title.Groups[1].Value.Trim();
            return true;
        }

        return false;
    }

    [GeneratedRegex("<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Title();
}
