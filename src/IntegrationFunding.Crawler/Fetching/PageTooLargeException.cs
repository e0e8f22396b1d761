namespace IntegrationFunding.Crawler.Fetching;

/// <summary>The body is larger than the configured maximum; reading was aborted.</summary>
public sealed class PageTooLargeException : Exception
{
    public PageTooLargeException(long limit)
        : base($"Seite größer als {limit} Bytes; Lesen abgebrochen.")
    {
        Limit = limit;
    }

    public PageTooLargeException()
    {
    }

    public PageTooLargeException(string message)
        : base(message)
    {
    }

    public PageTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Limit { get; }
}
