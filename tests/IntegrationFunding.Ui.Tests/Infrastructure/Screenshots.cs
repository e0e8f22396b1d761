using IntegrationFunding.TestKit;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests.Infrastructure;

/// <summary>Writes the README screenshots to docs/screenshots/ of the repository.</summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var directory = RepositoryPaths.InRoot("docs", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name), FullPage = false });
    }
}
