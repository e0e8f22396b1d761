using System.Globalization;

namespace IntegrationFunding.Api.Tests.Infrastructure;

internal static class CrawlerSettings
{
    /// <summary>Points the host's crawler at a test's source folder, for loopback sites: no politeness delays, quick retries.</summary>
    public static ApiApplication UseLoopbackCrawler(this ApiApplication app, string configDirectory, int maxRetries = 1)
    {
        app.Settings["Crawler:ConfigDirectory"] = configDirectory;
        app.Settings["Crawler:Politeness"] = "false";
        app.Settings["Crawler:RetryBaseDelay"] = "00:00:00.010";
        app.Settings["Crawler:MaxRetries"] = maxRetries.ToString(CultureInfo.InvariantCulture);
        return app;
    }
}
