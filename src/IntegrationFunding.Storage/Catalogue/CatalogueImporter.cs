using IntegrationFunding.Storage.Programmes;

namespace IntegrationFunding.Storage.Catalogue;

/// <summary>
/// Imports catalogue files (the starter catalogue or a file given to <c>cli import</c>): all or nothing, with
/// changes recorded like a crawl's.
/// </summary>
public sealed class CatalogueImporter(ProgrammeWriter writer, ProgrammeStore store)
{
    public const string StarterResource = "IntegrationFunding.Storage.Catalogue.starter-programmes.yaml";

    /// <summary>Imports a YAML file; throws <see cref="CatalogueValidationException"/> (and writes nothing) on any error.</summary>
    public async Task<ApplyResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new CatalogueValidationException([new CatalogueError(name, null, null, null, null, "Datei nicht gefunden.")]);
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var programmes = CatalogueReader.Read(text, name);
        return await writer.ApplyAsync(programmes, $"import:{name}", cancellationToken);
    }

    /// <summary>Imports the starter catalogue shipped with the product when the database has no programmes yet.</summary>
    public async Task<ApplyResult?> ImportStarterIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await store.CountAsync(cancellationToken) > 0)
        {
            return null;
        }

        await using var stream = typeof(CatalogueImporter).Assembly.GetManifestResourceStream(StarterResource)
            ?? throw new InvalidOperationException("The starter catalogue is not embedded.");
        using var text = new StreamReader(stream);
        var programmes = CatalogueReader.Read(await text.ReadToEndAsync(cancellationToken), "starter-programmes.yaml");
        return await writer.ApplyAsync(programmes, "import:starter-catalogue", cancellationToken);
    }
}
