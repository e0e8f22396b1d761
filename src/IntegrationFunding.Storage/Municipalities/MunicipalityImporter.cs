namespace IntegrationFunding.Storage.Municipalities;

/// <summary>Imports a register file (ZIP or TXT) or the shipped default edition; a malformed file changes nothing.</summary>
public sealed class MunicipalityImporter(MunicipalityStore store)
{
    /// <summary>The file name of the edition embedded in this assembly.</summary>
    public const string DefaultEdition = "GV100AD3108.zip";

    /// <summary>Reads the whole file first (throws <see cref="RegisterFileException"/> naming line and reason), then replaces the register.</summary>
    public async Task<RegisterData> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var data = Gv100File.Read(path);
        await store.ReplaceAsync(data, Path.GetFileName(path), cancellationToken);
        return data;
    }

    /// <summary>Imports the shipped edition when the register is empty; null when there was one already.</summary>
    public async Task<RegisterData?> ImportDefaultIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await store.GetGenerationAsync(cancellationToken) > 0)
        {
            return null;
        }

        var data = ReadDefault();
        await store.ReplaceAsync(data, DefaultEdition, cancellationToken);
        return data;
    }

    /// <summary>The shipped edition, parsed.</summary>
    public static RegisterData ReadDefault()
    {
        using var stream = typeof(MunicipalityImporter).Assembly.GetManifestResourceStream("IntegrationFunding.Storage.Municipalities." + DefaultEdition)
            ?? throw new InvalidOperationException($"The embedded register {DefaultEdition} is missing.");
        return Gv100File.Read(stream);
    }
}
