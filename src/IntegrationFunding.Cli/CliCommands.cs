using System.CommandLine;
using IntegrationFunding.Cli.Commands;
using IntegrationFunding.Cli.Commands.Municipalities;

namespace IntegrationFunding.Cli;

/// <summary>The table of contents of the CLI: one factory per command.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> Create(IServiceProvider services)
    {
        yield return ImportCommand.Create(services);
        yield return ReindexCommand.Create(services);
        yield return CrawlCommand.Create(services);
        yield return DigestCommand.Create(services);
        yield return ApiKeyCommand.Create(services);
        yield return ReportsCommand.Create(services);
        yield return MunicipalitiesCommand.Create(services);
    }
}
