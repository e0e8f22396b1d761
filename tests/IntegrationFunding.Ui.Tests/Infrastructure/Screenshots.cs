using IntegrationFunding.TestKit;
using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests.Infrastructure;

/// <summary>
/// Takes the README screenshots during the browser flow. They go to the test output folder on every run and
/// replace the committed ones in docs/screenshots/ only with <c>UPDATE_SCREENSHOTS=1</c>, so a test run never
/// changes tracked files.
/// </summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
            ? RepositoryPaths.InRoot("docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name} looks empty");
    }
}
