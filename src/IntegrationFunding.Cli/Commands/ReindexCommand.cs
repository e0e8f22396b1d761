using System.CommandLine;
using IntegrationFunding.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Cli.Commands;

/// <summary><c>reindex</c>: rebuilds the full-text index in one transaction (readers keep the old one until commit).</summary>
internal static class ReindexCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("reindex", "Den Suchindex vollständig neu aufbauen.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var index = services.GetRequiredService<SearchIndex>();
            await index.RebuildAsync(cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Suchindex neu aufgebaut: {index.Count} Programme.");
            return ExitCodes.Success;
        });
        return command;
    }
}
