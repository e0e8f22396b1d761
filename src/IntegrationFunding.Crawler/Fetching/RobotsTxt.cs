using System.Globalization;

namespace IntegrationFunding.Crawler.Fetching;

/// <summary>
/// A parsed robots.txt (RFC 9309 plus the common Crawl-delay): groups of User-agent lines with Allow and
/// Disallow rules. The most specific matching group applies, else <c>*</c>; the longest matching rule wins
/// and Allow wins a tie. <c>*</c> and a trailing <c>$</c> are supported in paths.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<RobotsGroup> _groups;

    private RobotsTxt(List<RobotsGroup> groups) => _groups = groups;

    public static RobotsTxt AllowAll { get; } = new([]);

    public static RobotsTxt DisallowAll { get; } = new([new RobotsGroup(["*"], [new RobotsRule("/", false)], null)]);

    /// <summary>Set when robots.txt could not be read (5xx, network, timeout, open circuit): the host is not crawled.</summary>
    public string? UnavailableKind { get; private init; }

    /// <summary>German reason why robots.txt could not be read; reported instead of a robots refusal.</summary>
    public string? UnavailableReason { get; private init; }

    /// <summary>"Disallow all" because robots.txt could not be read (RFC 9309 §2.3.1.4), with the reason.</summary>
    public static RobotsTxt Unavailable(string kind, string reason) =>
        new(DisallowAll._groups) { UnavailableKind = kind, UnavailableReason = reason };

    public static RobotsTxt Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<RobotsGroup>();
        List<string>? agents = null;
        List<RobotsRule>? rules = null;
        TimeSpan? delay = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent)
                {
                    Flush();
                    agents = [];
                    rules = [];
                    delay = null;
                }

                agents!.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (rules is null)
            {
                continue;
            }

            switch (key)
            {
                case "allow" when value.Length > 0:
                    rules.Add(new RobotsRule(value, true));
                    break;
                case "disallow" when value.Length > 0:
                    rules.Add(new RobotsRule(value, false));
                    break;
                case "crawl-delay" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    delay = TimeSpan.FromSeconds(seconds);
                    break;
            }
        }

        Flush();
        return new RobotsTxt(groups);

        void Flush()
        {
            if (agents is { Count: > 0 })
            {
                groups.Add(new RobotsGroup(agents, rules!, delay));
            }
        }
    }

    public bool IsAllowed(string userAgent, string pathAndQuery)
    {
        var group = GroupFor(userAgent);
        if (group is null)
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in group.Rules.Where(r => r.Matches(pathAndQuery)))
        {
            if (best is null || rule.Path.Length > best.Path.Length || (rule.Path.Length == best.Path.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    public TimeSpan? CrawlDelay(string userAgent) => GroupFor(userAgent)?.CrawlDelay;

    private RobotsGroup? GroupFor(string userAgent)
    {
        var product = userAgent.Split('/', ' ')[0].ToLowerInvariant();
        return _groups
                .SelectMany(g => g.Agents.Where(a => a != "*" && product.Contains(a, StringComparison.Ordinal)).Select(a => (g, a.Length)))
                .OrderByDescending(x => x.Length)
                .Select(x => x.g)
                .FirstOrDefault()
            ?? _groups.FirstOrDefault(g => g.Agents.Contains("*"));
    }

    private sealed record RobotsGroup(List<string> Agents, List<RobotsRule> Rules, TimeSpan? CrawlDelay);

    private sealed record RobotsRule(string Path, bool Allow)
    {
        public bool Matches(string target)
        {
            var anchored = Path.EndsWith('$');
            var pattern = anchored ? Path[..^1] : Path;
            var parts = pattern.Split('*');
            if (!target.StartsWith(parts[0], StringComparison.Ordinal))
            {
                return false;
            }

            var position = parts[0].Length;
            for (var i = 1; i < parts.Length; i++)
            {
                var found = target.IndexOf(parts[i], position, StringComparison.Ordinal);
                if (found < 0)
                {
                    return false;
                }

                position = found + parts[i].Length;
            }

            return !anchored || position == target.Length || (parts.Length > 1 && target.EndsWith(parts[^1], StringComparison.Ordinal));
        }
    }
}
