namespace IntegrationFunding.Storage.Municipalities;

/// <summary>Thrown when a register file is not a valid GV100AD file; nothing of it was imported.</summary>
public sealed class RegisterFileException : Exception
{
    public RegisterFileException(IReadOnlyList<RegisterFileError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public RegisterFileException()
        : this([])
    {
    }

    public RegisterFileException(string message)
        : base(message)
    {
        Errors = [new RegisterFileError(null, message)];
    }

    public RegisterFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new RegisterFileError(null, message)];
    }

    public IReadOnlyList<RegisterFileError> Errors { get; }

    private static string Describe(IReadOnlyList<RegisterFileError> errors) => errors.Count switch
    {
        0 => "Die Datei ist kein gültiges Gemeindeverzeichnis.",
        1 => errors[0].ToString(),
        _ => $"{errors[0]} (und {errors.Count - 1} weitere Fehler)",
    };
}
