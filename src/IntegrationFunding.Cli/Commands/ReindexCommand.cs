using System.CommandLine;
using IntegrationFunding.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Cli.Commands;

/// <summary>
/// <c>reindex</c>: a full rebuild of the Lucene index from the programme table. Without a running host the CLI takes
/// the index folder, builds a new build folder and switches to it atomically. While a host owns the folder, the CLI
/// only asks the host for the rebuild (a request counter in the database); the host rebuilds within about a second
/// while its searches keep answering from the previous build.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("reindex", "Den Suchindex vollständig neu aufbauen (bei laufendem Host baut der Host ihn neu auf).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var index = services.GetRequiredService<SearchIndex>();
            if (await index.BecomeOwner(refreshedInBackground: false, cancellationToken))
            {
                await index.RebuildAsync(cancellationToken);
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"Suchindex neu aufgebaut: {index.Count} Programme in {services.GetRequiredService<IndexLocation>().Root}.");
            }
            else
            {
                await services.GetRequiredService<RebuildRequests>().RequestAsync(cancellationToken);
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    "Der laufende Host verwaltet den Suchindex; er baut ihn jetzt neu auf (Suchen beantwortet er währenddessen weiter).");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
