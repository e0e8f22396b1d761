using System.Diagnostics;
using IntegrationFunding.Search.Indexing;
using IntegrationFunding.Storage.Catalogue;
using IntegrationFunding.Storage.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Benchmarks;

/// <summary>Writes a scale corpus into a fresh database and builds its search index.</summary>
internal static class CorpusCommand
{
    public static async Task<int> RunAsync(string path, int count)
    {
        await using var services = BenchServices.Build(path);
        var importer = services.GetRequiredService<CatalogueImporter>();
        await importer.ImportStarterIfEmptyAsync();
        var models = await services.GetRequiredService<ProgrammeStore>().GetAllAsync();
        var corpus = ScaleCorpus.Generate(models, count);
        var watch = Stopwatch.StartNew();
        await services.GetRequiredService<ProgrammeWriter>().ApplyAsync(corpus, "bench:corpus");
        var written = watch.Elapsed;
        watch.Restart();
        var index = services.GetRequiredService<SearchIndex>();
        await index.RebuildAsync();
        Console.WriteLine($"corpus: {index.Count} programmes; write {written.TotalSeconds:F1} s, index build {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
