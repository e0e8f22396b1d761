using System.CommandLine;
using System.Globalization;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Cli.Commands;

/// <summary>
/// <c>reports list</c> shows the open "Daten fehlerhaft melden" reports from the web UI;
/// <c>reports done &lt;id&gt;</c> marks one as handled (and forgets the reporter's address). Reported text is printed
/// through <see cref="TerminalText"/>: no terminal escapes, no forged columns.
/// </summary>
internal static class ReportsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("reports", "Meldungen fehlerhafter Programmdaten aus der Weboberfläche bearbeiten.");
        command.Subcommands.Add(List(services));
        command.Subcommands.Add(Done(services));
        return command;
    }

    private static Command List(IServiceProvider services)
    {
        var list = new Command("list", "Offene Meldungen anzeigen, älteste zuerst.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var reports = await services.GetRequiredService<ReportStore>().ListOpenAsync(cancellationToken);
            foreach (var r in reports)
            {
                var at = TimeZoneInfo.ConvertTime(r.CreatedAt, BerlinCalendar.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                // Everything but our own number and date came from anonymous users: never print it raw.
                var contact = r.Report.Email is null ? "" : $" ({TerminalText.Safe(r.Report.Email)})";
                await output.WriteLineAsync(
                    $"{r.Id}\t{at}\t{TerminalText.Safe(r.Report.ProgrammeId)}\t{TerminalText.Safe(r.Report.Field)}\t{TerminalText.Safe(r.Report.Message)}{contact}");
            }

            await output.WriteLineAsync($"{reports.Count} offene Meldung(en).");
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command Done(IServiceProvider services)
    {
        var id = new Argument<long>("id") { Description = "Nummer der Meldung (aus 'reports list')." };
        var done = new Command("done", "Eine Meldung als erledigt markieren.") { id };
        done.SetAction(async (parse, cancellationToken) =>
        {
            var number = parse.GetValue(id);
            if (!await services.GetRequiredService<ReportStore>().MarkHandledAsync(number, cancellationToken))
            {
                throw new CliException($"Keine offene Meldung mit der Nummer {number}.");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Meldung {number} ist erledigt.");
            return ExitCodes.Success;
        });
        return done;
    }
}
