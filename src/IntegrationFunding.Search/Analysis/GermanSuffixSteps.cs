namespace IntegrationFunding.Search.Analysis;

/// <summary>Steps 1–3 of the Snowball German algorithm (suffix removal inside the regions R1 and R2).</summary>
internal static class GermanSuffixSteps
{
    private static readonly string[] Step1Suffixes = ["e", "em", "en", "erinnen", "erin", "ln", "ern", "er", "s", "es", "lns"];
    private static readonly string[] Step2Suffixes = ["en", "er", "et", "st", "est"];
    private static readonly string[] Step2EtExceptions = ["tick", "plan", "geordn", "intern", "tr"];
    private static readonly string[] KeitPrefixes = ["lich", "ig"];
    private static readonly string[] Step3Suffixes = ["end", "ig", "ung", "lich", "isch", "ik", "heit", "keit"];

    public static void Run(StemBuffer b, int p1, int p2)
    {
        Step1(b, p1);
        Step2(b, p1);
        Step3(b, p1, p2);
    }

    /// <summary>Removes a final s in R1 after a valid s-ending (not part of Snowball; see GermanStemmer).</summary>
    public static void HarmonizeFinalS(StemBuffer b, int p1)
    {
        var start = b.Length - 1;
        if (start >= p1 && start >= 1 && b[start] == 's' && IsSEnding(b[start - 1]))
        {
            b.Truncate(start);
        }
    }

    private static bool IsSEnding(char c) => c is 'b' or 'd' or 'f' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 'r' or 't';

    private static bool IsStEnding(char c) => c != 'r' && IsSEnding(c);

    private static bool IsEtEnding(char c) =>
        c is 'd' or 'f' or 'g' or 'k' or 'l' or 'm' or 'n' or 'r' or 's' or 't' or 'U' or 'z' or 'ä';

    private static void Step1(StemBuffer b, int p1)
    {
        if (SuffixInRegion(b, Step1Suffixes, p1, out var start) is not { } suffix)
        {
            return;
        }

        switch (suffix)
        {
            case "em":
                if (!b.EndsWith("syst", start))
                {
                    b.Truncate(start);
                }

                break;
            case "e" or "en" or "es":
                b.Truncate(start);
                if (b.EndsWith("niss"))
                {
                    b.Truncate(b.Length - 1);
                }

                break;
            case "s":
                if (start >= 1 && IsSEnding(b[start - 1]))
                {
                    b.Truncate(start);
                }

                break;
            case "ln" or "lns":
                b.Truncate(start + 1);
                break;
            default: // erinnen, erin, ern, er
                b.Truncate(start);
                break;
        }
    }

    private static void Step2(StemBuffer b, int p1)
    {
        if (SuffixInRegion(b, Step2Suffixes, p1, out var start) is not { } suffix)
        {
            return;
        }

        switch (suffix)
        {
            case "st":
                // a valid st-ending, itself preceded by at least 3 letters
                if (start >= 4 && IsStEnding(b[start - 1]))
                {
                    b.Truncate(start);
                }

                break;
            case "et":
                if (start >= 1 && IsEtEnding(b[start - 1]) && !EndsWithAny(b, Step2EtExceptions, start))
                {
                    b.Truncate(start);
                }

                break;
            default: // en, er, est
                b.Truncate(start);
                break;
        }
    }

    private static void Step3(StemBuffer b, int p1, int p2)
    {
        if (SuffixInRegion(b, Step3Suffixes, p2, out var start) is not { } suffix)
        {
            return;
        }

        switch (suffix)
        {
            case "end" or "ung":
                b.Truncate(start);
                if (b.EndsWith("ig") && start - 2 >= p2 && !b.EndsWith("e", start - 2))
                {
                    b.Truncate(start - 2);
                }

                break;
            case "ig" or "isch" or "ik":
                if (!b.EndsWith("e", start))
                {
                    b.Truncate(start);
                }

                break;
            case "lich" or "heit":
                b.Truncate(start);
                if ((b.EndsWith("er") || b.EndsWith("en")) && start - 2 >= p1)
                {
                    b.Truncate(start - 2);
                }

                break;
            default: // keit
                b.Truncate(start);
                var more = b.LongestSuffix(KeitPrefixes);
                if (more is not null && start - more.Length >= p2)
                {
                    b.Truncate(start - more.Length);
                }

                break;
        }
    }

    /// <summary>The longest of <paramref name="suffixes"/> the word ends with, if it starts inside the region (R1/R2); else null.</summary>
    private static string? SuffixInRegion(StemBuffer b, string[] suffixes, int region, out int start)
    {
        var suffix = b.LongestSuffix(suffixes);
        start = b.Length - (suffix?.Length ?? 0);
        return suffix is not null && start >= region ? suffix : null;
    }

    private static bool EndsWithAny(StemBuffer b, string[] suffixes, int end)
    {
        foreach (var s in suffixes)
        {
            if (b.EndsWith(s, end))
            {
                return true;
            }
        }

        return false;
    }
}
