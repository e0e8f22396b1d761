using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>
/// Sends through the configured relay with MailKit: TLS per <see cref="SmtpOptions.EnableSsl"/> and
/// <see cref="SmtpOptions.TlsMode"/>, authentication when a user name is set, SMTPUTF8 when the relay offers it.
/// Replies map onto the outbox rules (<see cref="SmtpFailures"/>): 5xx for a recipient or message is permanent
/// (a bounce), 4xx, connection, TLS and login failures are temporary (retried with backoff).
/// </summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options, TimeProvider time) : IMailTransport
{
    public async Task SendAsync(MailContent mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var smtp = options.Value;
        using var message = MailMessageFactory.Create(smtp.From, mail, time.GetUtcNow());
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, Security(smtp), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }

            if (!client.Capabilities.HasFlag(SmtpCapabilities.UTF8) && MailMessageFactory.NeedsSmtpUtf8(mail.To))
            {
                throw new MailDeliveryException("Die Empfängeradresse enthält Zeichen vor dem @, die das Mail-Relay ohne SMTPUTF8 nicht zustellen kann.")
                {
                    Permanent = true,
                };
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (SmtpFailures.Classify(ex, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private static SecureSocketOptions Security(SmtpOptions smtp) =>
        !smtp.EnableSsl ? SecureSocketOptions.None
        : smtp.TlsMode == SmtpTlsMode.SslOnConnect ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;
}
