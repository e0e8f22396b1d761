using System.Security.Cryptography;
using System.Text;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>Stable programme ids: <c>&lt;sourceId&gt;-&lt;slug of the page path&gt;</c>, independent of crawl order.</summary>
public static class ProgrammeIds
{
    private const int MaxSlug = 96;

    public static string ForUrl(string sourceId, Uri url, string? stripPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (stripPrefix is not null && path.StartsWith(stripPrefix, StringComparison.OrdinalIgnoreCase))
        {
            path = path[stripPrefix.Length..];
        }

        foreach (var extension in new[] { ".html", ".htm", ".php", ".aspx", ".xml" })
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^extension.Length];
                break;
            }
        }

        var key = url.Query.Length > 1 ? path + " " + Uri.UnescapeDataString(url.Query[1..]) : path;
        return ForKey(sourceId, key);
    }

    public static string ForKey(string sourceId, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slug = TextKey.Fold(key).Replace(' ', '-');
        if (slug.Length == 0)
        {
            slug = "start";
        }

        if (slug.Length > MaxSlug)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
            slug = slug[..(MaxSlug - 11)].TrimEnd('-') + "-" + hash;
        }

        return $"{sourceId}-{slug}";
    }
}
