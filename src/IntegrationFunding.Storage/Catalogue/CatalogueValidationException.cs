namespace IntegrationFunding.Storage.Catalogue;

/// <summary>Thrown when a catalogue file has errors; nothing of it was imported.</summary>
public sealed class CatalogueValidationException : Exception
{
    public CatalogueValidationException(IReadOnlyList<CatalogueError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public CatalogueValidationException()
        : this([])
    {
    }

    public CatalogueValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public CatalogueValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<CatalogueError> Errors { get; }

    private static string Describe(IReadOnlyList<CatalogueError> errors) => errors.Count switch
    {
        0 => "Der Katalog ist ungültig.",
        1 => errors[0].ToString(),
        _ => $"{errors[0]} (und {errors.Count - 1} weitere Fehler)",
    };
}
