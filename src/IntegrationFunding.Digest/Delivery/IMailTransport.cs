namespace IntegrationFunding.Digest.Delivery;

/// <summary>Hands one mail to the relay; throws <see cref="MailDeliveryException"/> on failure.</summary>
public interface IMailTransport
{
    Task SendAsync(MailContent mail, CancellationToken cancellationToken);
}
