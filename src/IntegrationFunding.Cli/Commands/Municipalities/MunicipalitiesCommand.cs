using System.CommandLine;
using System.Globalization;
using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage.Municipalities;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Cli.Commands.Municipalities;

/// <summary>
/// <c>municipalities import &lt;file&gt;</c>: replaces the municipality register with a Destatis GV100AD file (ZIP or TXT),
/// all or nothing; a malformed file is refused naming line and reason (exit 1).
/// </summary>
internal static class MunicipalitiesCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "GV100AD-Datei von Destatis (ZIP oder die enthaltene TXT-Datei)." };
        var import = new Command("import", "Gemeindeverzeichnis (GV100AD) importieren – ersetzt das bisherige, alles oder nichts.") { file };
        import.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!.FullName;
            try
            {
                var data = await services.GetRequiredService<MunicipalityImporter>().ImportFileAsync(path, cancellationToken);
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.GetCultureInfo("de-DE"),
                    $"Gemeindeverzeichnis importiert (Gebietsstand {data.Edition.Gebietsstand:dd.MM.yyyy}): {data.CountOf(RegisterLevels.Land)} Länder, "
                    + $"{data.CountOf(RegisterLevels.Kreis):N0} Kreise, {data.CountOf(RegisterLevels.Gemeindeverband):N0} Gemeindeverbände, "
                    + $"{data.CountOf(RegisterLevels.Gemeinde):N0} Gemeinden ({data.UnincorporatedAreas} gemeindefreie Gebiete ausgelassen)."));
                await parse.InvocationConfiguration.Output.WriteLineAsync(data.Edition.Attribution);
                return ExitCodes.Success;
            }
            catch (RegisterFileException ex)
            {
                foreach (var error in ex.Errors.Skip(1))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync(error.ToString());
                }

                throw new CliException($"Import abgebrochen, nichts wurde geändert: {ex.Message}", ex);
            }
        });
        return new Command("municipalities", "Amtliches Gemeindeverzeichnis (Destatis GV100AD) verwalten.") { import };
    }
}
