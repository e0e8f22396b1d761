namespace IntegrationFunding.Digest.Delivery;

/// <summary>A failed delivery. <see cref="Permanent"/> is true when the server refused for good (5xx): no retry.</summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
    {
    }

    public MailDeliveryException(string message)
        : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool Permanent { get; init; }
}
