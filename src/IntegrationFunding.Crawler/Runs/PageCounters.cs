namespace IntegrationFunding.Crawler.Runs;

/// <summary>Page counts of a run: fetched (requests answered), new, changed, unchanged (304 or same hash), failed.</summary>
public sealed class PageCounters
{
    public int Fetched { get; set; }
    public int New { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
}
