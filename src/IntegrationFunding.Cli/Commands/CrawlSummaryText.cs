using IntegrationFunding.Crawler.Runs;

namespace IntegrationFunding.Cli.Commands;

/// <summary>The crawl summary as plain lines, for logs and scripts (standard output redirected): one line per source and failure.</summary>
internal static class CrawlSummaryText
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<CrawlReport> reports)
    {
        foreach (var r in reports)
        {
            var status = r.Status switch
            {
                CrawlStatuses.Succeeded => "erfolgreich",
                CrawlStatuses.Partial => "teilweise",
                CrawlStatuses.Cancelled => "abgebrochen",
                _ => "FEHLGESCHLAGEN",
            };
            await output.WriteLineAsync(
                $"{r.SourceId}: {status}; Seiten {r.Pages.Fetched} (neu {r.Pages.New}, geändert {r.Pages.Changed}, gleich {r.Pages.Unchanged}, "
                + $"Fehler {r.Pages.Failed}); Programme {r.ProgrammesNew} neu, {r.ProgrammesChanged} geändert, {r.ProgrammesRemoved} entfernt"
                + (string.IsNullOrEmpty(r.Message) ? "." : $". {r.Message}"));
            foreach (var failure in r.Failures.Take(50))
            {
                await output.WriteLineAsync($"  {r.SourceId} {failure.Kind}: {failure.Url}: {failure.Reason}");
            }
        }
    }
}
