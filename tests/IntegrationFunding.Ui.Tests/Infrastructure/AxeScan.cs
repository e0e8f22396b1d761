using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests.Infrastructure;

/// <summary>axe-core on the open page: its serious and critical violations, one line each, named by <paramref name="url"/>.</summary>
internal static class AxeScan
{
    public static async Task<IEnumerable<string>> SeriousAsync(IPage page, string url)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help} – {string.Join(" | ", v.Nodes.Select(n => n.Html))}");
    }
}
