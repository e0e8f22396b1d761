using System.Globalization;
using IntegrationFunding.Crawler.Runs;
using Spectre.Console;

namespace IntegrationFunding.Cli.Commands;

/// <summary>The summary table printed after a crawl: one row per source, failures listed below it.</summary>
internal static class CrawlSummaryTable
{
    public static Table Build(IReadOnlyList<CrawlReport> reports)
    {
        var table = new Table().Title("Crawl-Ergebnis")
            .AddColumns("Quelle", "Status", "Seiten", "neu/geändert/gleich", "Programme neu", "geändert", "entfernt", "Fehler", "Meldung");
        foreach (var r in reports)
        {
            var status = r.Status switch
            {
                CrawlStatuses.Succeeded => "[green]erfolgreich[/]",
                CrawlStatuses.Partial => "[yellow]teilweise[/]",
                CrawlStatuses.Cancelled => "[yellow]abgebrochen[/]",
                _ => "[red bold]FEHLGESCHLAGEN[/]",
            };
            table.AddRow(
                Markup.Escape(r.SourceId), status, N(r.Pages.Fetched), $"{r.Pages.New}/{r.Pages.Changed}/{r.Pages.Unchanged}",
                N(r.ProgrammesNew), N(r.ProgrammesChanged), N(r.ProgrammesRemoved), N(r.Pages.Failed), Markup.Escape(r.Message ?? ""));
        }

        foreach (var failure in reports.SelectMany(r => r.Failures.Select(f => (r.SourceId, f))).Take(50))
        {
            table.Caption ??= new TableTitle("Fehler (max. 50):");
            table.AddRow(Markup.Escape(failure.SourceId), $"[red]{Markup.Escape(failure.f.Kind)}[/]", "", "", "", "", "", "",
                Markup.Escape($"{failure.f.Url}: {failure.f.Reason}"));
        }

        return table;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
