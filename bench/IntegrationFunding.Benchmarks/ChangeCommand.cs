using IntegrationFunding.Storage.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

/// <summary>
/// Changes one programme in SQLite from this (second) process, the way <c>cli import</c> does: adds a word to the
/// summary of the last programme and prints the commit time (Unix ms). The load script then polls the running host until its search finds the word.
/// </summary>
internal static class ChangeCommand
{
    public static async Task<int> RunAsync(string path, string word)
    {
        await using var services = BenchServices.Build(path);
        var programme = (await services.GetRequiredService<ProgrammeStore>().GetAllAsync())[^1];
        await services.GetRequiredService<ProgrammeWriter>().ApplyAsync([programme with { Summary = programme.Summary + " " + word }], "bench:change");
        Console.WriteLine(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
        return 0;
    }
}
