namespace IntegrationFunding.Cli;

/// <summary>A failure the CLI reports as one German line on standard error.</summary>
public sealed class CliException : Exception
{
    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True for mistakes in how the command was called (exit code 2).</summary>
    public bool IsUsageError { get; init; }
}
