using System.CommandLine;
using IntegrationFunding.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Cli;

/// <summary>
/// The command-line host: builds the services from configuration, parses the command and runs it.
/// Exit codes (BRIEF §7): 0 success, 1 failure (one line on standard error), 2 bad usage.
/// </summary>
public static class CliApplication
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, output, error, null);

    /// <summary>Runs with configuration overrides (e.g. <c>Storage:DatabasePath</c>) applied after the environment.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        ArgumentNullException.ThrowIfNull(error);
        // Usage errors and help come from System.CommandLine's German resources, like the rest of the CLI's text.
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        await using var services = CliServices.Build(settings);
        var root = new RootCommand("Förder-Navigator Integration – Betrieb: Import, Crawl, Suchindex, API-Schlüssel, Digests.");
        foreach (var command in CliCommands.Create(services))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(UsageErrors.German(parseError.Message));
            }

            await error.WriteLineAsync("Hilfe: --help");
            return ExitCodes.BadUsage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Abgebrochen.");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is CliException or IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            await error.WriteLineAsync(OneLine(ex.Message));
            return ex is CliException { IsUsageError: true } ? ExitCodes.BadUsage : ExitCodes.Failure;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
