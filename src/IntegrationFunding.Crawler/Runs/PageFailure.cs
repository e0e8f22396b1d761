using IntegrationFunding.Crawler.Parsing;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>The German reason stored for a page whose processing threw.</summary>
internal static class PageFailure
{
    public static string Describe(Exception exception) => exception switch
    {
        PageParseLimitException limit => limit.Message,
        _ => $"Seite nicht verarbeitbar ({exception.GetType().Name}: {exception.Message}).",
    };
}
