using System.CommandLine;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace IntegrationFunding.Cli.Commands;

/// <summary>
/// <c>crawl [--source &lt;id&gt; | --all]</c>: crawls one source or all enabled ones with a live progress display and a
/// summary table. Exit 0 when every source succeeded, 1 when one failed (or the run was cancelled or the
/// configuration is invalid), 2 on bad usage (unknown source id, neither or both options).
/// </summary>
public static class CrawlCommand
{
    public static Command Create(IServiceProvider services)
    {
        var source = new Option<string?>("--source") { Description = "ID der Quelle (Dateiname in crawler-config/ ohne .yaml)" };
        var all = new Option<bool>("--all") { Description = "Alle eingeschalteten Quellen crawlen" };
        var command = new Command("crawl", "Quellen crawlen und Programme aktualisieren");
        command.Options.Add(source);
        command.Options.Add(all);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(services, parseResult.GetValue(source), parseResult.GetValue(all), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string? sourceId, bool all, CancellationToken cancellationToken)
    {
        if ((sourceId is null) == !all)
        {
            await Console.Error.WriteLineAsync("Bitte genau eins angeben: --source <id> oder --all.");
            return 2;
        }

        IReadOnlyList<SourceDefinition> sources;
        try
        {
            sources = services.GetRequiredService<SourceCatalog>().Load();
        }
        catch (SourceConfigException ex)
        {
            await Console.Error.WriteLineAsync($"Quellen-Konfiguration ungültig: {ex.Message}");
            return 1;
        }

        var selected = all ? sources.Where(s => s.Enabled).ToList() : sources.Where(s => s.Id == sourceId).ToList();
        if (!all && selected.Count == 0)
        {
            await Console.Error.WriteLineAsync($"Unbekannte Quelle '{sourceId}'. Bekannt: {string.Join(", ", sources.Select(s => s.Id))}.");
            return 2;
        }

        var crawls = services.GetRequiredService<CrawlService>();
        IReadOnlyList<CrawlReport> reports;
        if (Console.IsOutputRedirected)
        {
            reports = await crawls.RunAsync(selected, progress: null, cancellationToken);
            await CrawlSummaryText.WriteAsync(Console.Out, reports);
        }
        else
        {
            reports = await CrawlWithProgressAsync(crawls, selected, cancellationToken);
            AnsiConsole.Write(CrawlSummaryTable.Build(reports));
        }

        var failed = reports.Where(r => r.IsFailure || r.Status == CrawlStatuses.Cancelled).ToList();
        if (failed.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Crawl fehlgeschlagen für: {string.Join(", ", failed.Select(r => $"{r.SourceId} ({r.Message})"))}");
            return 1;
        }

        return 0;
    }

    private static async Task<IReadOnlyList<CrawlReport>> CrawlWithProgressAsync(
        CrawlService crawls, IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken)
    {
        IReadOnlyList<CrawlReport> reports = [];
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = sources.ToDictionary(s => s.Id, s => context.AddTask(Markup.Escape(s.Id), autoStart: false, maxValue: 1));
                var progress = new SyncProgress<CrawlProgress>(p =>
                {
                    var task = tasks[p.SourceId];
                    task.StartTask();
                    task.MaxValue = Math.Max(1, p.PagesKnown);
                    task.Value = Math.Min(p.PagesDone, task.MaxValue);
                    task.Description = Markup.Escape($"{p.SourceId}: {Shorten(p.Activity)}");
                });
                reports = await crawls.RunAsync(sources, progress, cancellationToken);
                foreach (var report in reports)
                {
                    var task = tasks[report.SourceId];
                    task.Description = Markup.Escape($"{report.SourceId}: {report.Status}");
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            });
        return reports;
    }

    private static string Shorten(string text) => text.Length <= 48 ? text : "…" + text[^47..];

    /// <summary>Reports synchronously on the caller's thread (Progress&lt;T&gt; would post to the thread pool out of order).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
