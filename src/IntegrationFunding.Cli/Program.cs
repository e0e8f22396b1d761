// Minimal entry point for the crawler branch; the lead owns the final Program.cs.
using System.CommandLine;
using IntegrationFunding.Cli.Commands;
using IntegrationFunding.Crawler;
using IntegrationFunding.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder();
builder.Services.AddStorage();
builder.Services.AddCrawler();
using var host = builder.Build();

var root = new RootCommand("IntegrationFunding – Förderprogramme für kommunale Integrationsarbeit");
root.Subcommands.Add(CrawlCommand.Create(host.Services));
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message);
    }

    return 2;
}

return await parsed.InvokeAsync();
