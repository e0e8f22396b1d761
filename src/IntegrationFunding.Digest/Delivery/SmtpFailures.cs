using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>
/// Maps MailKit's exceptions onto the outbox's rules. A 5xx reply to the sender, a recipient or the message is
/// permanent (counts as a bounce); 4xx replies, refused or broken connections, time-outs, TLS and login failures
/// are temporary: the relay or its configuration is at fault, not the address. The server's text is kept with
/// any address in it masked, so neither logs nor the outbox's error column carry personal data.
/// </summary>
internal static class SmtpFailures
{
    /// <summary>The delivery exception for <paramref name="ex"/>, or null when it is not a delivery failure (e.g. cancellation).</summary>
    public static MailDeliveryException? Classify(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        MailDeliveryException => null,
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        SmtpCommandException command => new MailDeliveryException(Describe(command), command)
        {
            Permanent = (int)command.StatusCode is >= 500 and < 600,
        },
        AuthenticationException auth => new MailDeliveryException("SMTP-Anmeldung abgelehnt: " + LogRedaction.Mask(auth.Message), auth),
        SslHandshakeException tls => new MailDeliveryException("TLS-Verbindung zum Mail-Relay fehlgeschlagen.", tls),
        SmtpProtocolException or ProtocolException or IOException or SocketException or TimeoutException or OperationCanceledException
            or ServiceNotConnectedException or NotSupportedException => new MailDeliveryException("Mail-Relay nicht erreichbar: " + LogRedaction.Mask(ex.Message), ex),
        _ => null,
    };

    private static string Describe(SmtpCommandException ex) =>
        $"SMTP {(int)ex.StatusCode} ({ex.ErrorCode}): {LogRedaction.Mask(ex.Message)}";
}
