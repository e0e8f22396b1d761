using System.CommandLine;
using IntegrationFunding.Storage.Catalogue;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Cli.Commands;

/// <summary>
/// <c>import &lt;file&gt;</c>: adds or updates the programmes of a catalogue YAML file, all or nothing. It writes SQLite
/// only; a running host applies the change to its search index through the programme generation.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "YAML-Datei im Katalogformat (siehe docs/CATALOGUE-FORMAT.md)." };
        var command = new Command("import", "Förderprogramme aus einer Katalogdatei importieren (alles oder nichts).") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!.FullName;
            var importer = services.GetRequiredService<CatalogueImporter>();
            try
            {
                var result = await importer.ImportFileAsync(path, cancellationToken);
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"Importiert: {result.New} neu, {result.Changed} geändert, {result.Unchanged} unverändert.");
                return ExitCodes.Success;
            }
            catch (CatalogueValidationException ex)
            {
                foreach (var error in ex.Errors.Skip(1))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync(error.ToString());
                }

                throw new CliException($"Import abgebrochen, nichts wurde geändert: {ex.Message}", ex);
            }
        });
        return command;
    }
}
