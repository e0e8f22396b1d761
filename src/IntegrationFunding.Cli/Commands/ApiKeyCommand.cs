using System.CommandLine;
using System.Globalization;
using IntegrationFunding.Storage.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Cli.Commands;

/// <summary><c>apikey create|list|revoke</c>: API keys of advisory offices (each key is a tenant with its own profiles).</summary>
internal static class ApiKeyCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("apikey", "API-Schlüssel für Lotsenstellen verwalten.");
        command.Subcommands.Add(CreateKey(services));
        command.Subcommands.Add(List(services));
        command.Subcommands.Add(Revoke(services));
        return command;
    }

    private static Command CreateKey(IServiceProvider services)
    {
        var name = new Option<string>("--name") { Description = "Wem der Schlüssel gehört, z. B. \"Lotsenstelle Hannover\".", Required = true };
        var command = new Command("create", "Einen neuen API-Schlüssel erzeugen; der Schlüssel steht allein in der letzten Zeile der Ausgabe.") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(name);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException("Der Name (--name) darf nicht leer sein.") { IsUsageError = true };
            }

            var (record, key) = await services.GetRequiredService<ApiKeyStore>().CreateAsync(text, cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"API-Schlüssel {record.Id} für \"{record.Name}\" erstellt. Er wird nur jetzt angezeigt:");
            await output.WriteLineAsync(key);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(IServiceProvider services)
    {
        var command = new Command("list", "Alle API-Schlüssel zeigen (id, Name, erstellt, widerrufen) – nie den Schlüssel selbst.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var keys = await services.GetRequiredService<ApiKeyStore>().ListAsync(cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync("id\tname\terstellt\twiderrufen");
            foreach (var key in keys)
            {
                await output.WriteLineAsync(string.Join('\t', key.Id, key.Name, Format(key.CreatedAt), key.RevokedAt is { } revoked ? Format(revoked) : "-"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke(IServiceProvider services)
    {
        var id = new Argument<string>("id") { Description = "Die id des Schlüssels (aus apikey list)." };
        var command = new Command("revoke", "Einen API-Schlüssel widerrufen.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var value = parse.GetValue(id)!;
            if (!await services.GetRequiredService<ApiKeyStore>().RevokeAsync(value, cancellationToken))
            {
                throw new CliException($"Kein aktiver API-Schlüssel mit der id \"{value}\".");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"API-Schlüssel {value} widerrufen.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
