namespace IntegrationFunding.Crawler.Runs;

/// <summary>What a cached page was for the crawler.</summary>
public static class PageRoles
{
    public const string List = "list";
    public const string Detail = "detail";
    public const string Export = "export";
}
