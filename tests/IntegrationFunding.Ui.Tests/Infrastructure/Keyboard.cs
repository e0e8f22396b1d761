using Microsoft.Playwright;

namespace IntegrationFunding.Ui.Tests.Infrastructure;

/// <summary>Keyboard-only navigation: press Tab until the focused element matches a selector.</summary>
internal static class Keyboard
{
    public static async Task TabToAsync(this IPage page, string selector, int maxTabs = 120)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"Could not reach {selector} with {maxTabs} presses of Tab.");
    }

    /// <summary>The same with the focus checked by a locator, for contexts with JavaScript disabled (page scripts cannot run there).</summary>
    public static async Task TabToByLocatorAsync(this IPage page, string selector, int maxTabs = 120)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.Locator(selector + ":focus").CountAsync() > 0)
            {
                return;
            }
        }

        Assert.Fail($"Could not reach {selector} with {maxTabs} presses of Tab.");
    }
}
