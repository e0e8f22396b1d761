using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationFunding.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests;

/// <summary>Ticking two values of one facet: their hits combine with OR, the page says so, and no ticked value shows (0) beside hits.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class FacetGroupTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TwoTopicsTicked_HitsAreEitherTopic_CountsStayAndTheHintSaysOneSuffices()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/suche?applicant=gemeinde");
        var before = await TopicCountsAsync(page);
        var two = before.OrderByDescending(c => c.Value).Take(2).Select(c => c.Key).ToList();
        Assert.Equal(2, two.Count);

        foreach (var topic in two)
        {
            await page.Locator($"#f-topic-{topic}").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("topic="));

        var hits = await TotalAsync(page);
        var after = await TopicCountsAsync(page);
        foreach (var topic in two)
        {
            Assert.True(await page.Locator($"#f-topic-{topic}").IsCheckedAsync());
            Assert.True(after[topic] > 0);
        }

        // Every value of the ticked group keeps the count it had before: its hits under the other filters, not within the ticked ones.
        Assert.Equal(before, after);

        Assert.InRange(hits, two.Max(t => before[t]), two.Sum(t => before[t]));
        Assert.True(hits > 0);
        var hint = page.Locator("#topic-hinweis");
        Assert.Contains("eine davon genügt", await hint.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("topic-hinweis", await page.Locator("#topic fieldset").GetAttributeAsync("aria-describedby"));
        Assert.Empty(await AxeScan.SeriousAsync(page, page.Url));

        await page.GotoAsync($"/suche?applicant=gemeinde&topic={two[0]}");
        Assert.Equal(before[two[0]], await TotalAsync(page));
    }

    private static async Task<int> TotalAsync(IPage page)
    {
        var heading = await page.Locator("#treffer-titel").InnerTextAsync();
        return int.Parse(LeadingNumber().Match(heading).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<string, int>> TopicCountsAsync(IPage page)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var check in await page.Locator("#topic .check").AllAsync())
        {
            var id = await check.Locator("input").GetAttributeAsync("value");
            var label = await check.Locator("label").InnerTextAsync();
            counts[id!] = int.Parse(Count().Match(label).Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return counts;
    }

    [GeneratedRegex(@"^(\d+) Treffer")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\((\d+)")]
    private static partial Regex Count();
}
