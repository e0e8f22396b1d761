namespace IntegrationFunding.Crawler.Parsing;

/// <summary>A page exceeded its <see cref="ParseLimits"/>; the message is German and names the limit.</summary>
public sealed class PageParseLimitException : Exception
{
    public PageParseLimitException()
    {
    }

    public PageParseLimitException(string message)
        : base(message)
    {
    }

    public PageParseLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
