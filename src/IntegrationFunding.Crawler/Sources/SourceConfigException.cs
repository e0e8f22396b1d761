namespace IntegrationFunding.Crawler.Sources;

/// <summary>A source file is invalid. The message names the file, the line and the reason.</summary>
public sealed class SourceConfigException : Exception
{
    public SourceConfigException(string filePath, long line, string reason)
        : base($"{filePath}:{line}: {reason}")
    {
        FilePath = filePath;
        Line = line;
        Reason = reason;
    }

    public SourceConfigException()
    {
    }

    public SourceConfigException(string message)
        : base(message)
    {
    }

    public SourceConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string FilePath { get; } = "";

    public long Line { get; }

    public string Reason { get; } = "";
}
