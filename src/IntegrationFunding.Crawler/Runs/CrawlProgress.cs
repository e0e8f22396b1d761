namespace IntegrationFunding.Crawler.Runs;

/// <summary>A progress tick for displays: which source, what it does, pages done and pages known so far.</summary>
public sealed record CrawlProgress(string SourceId, string Activity, int PagesDone, int PagesKnown);
