using System.Text.Json;
using IntegrationFunding.Crawler.Parsing;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>The JSON the page cache keeps per page: programme ids, or a list page's links and next page.</summary>
public static class PagePayload
{
    private sealed record ListJson(List<string> Links, string? Next);

    public static string WriteIds(IEnumerable<string> ids) => JsonSerializer.Serialize(ids.ToList());

    public static IReadOnlyList<string> ReadIds(string payload) => JsonSerializer.Deserialize<List<string>>(payload) ?? [];

    public static string WriteList(ListPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return JsonSerializer.Serialize(new ListJson([.. page.DetailLinks.Select(u => u.AbsoluteUri)], page.Next?.AbsoluteUri));
    }

    public static ListPage ReadList(string payload)
    {
        var list = JsonSerializer.Deserialize<ListJson>(payload) ?? new ListJson([], null);
        return new ListPage([.. list.Links.Select(l => new Uri(l))], list.Next is null ? null : new Uri(list.Next), true);
    }
}
