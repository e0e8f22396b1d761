using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>
/// Sends through the configured relay with System.Net.Mail: text body plus HTML AlternateView, RFC 8058
/// one-click unsubscribe headers, and a stable Message-ID. 5xx replies are permanent, everything else temporary.
/// </summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    public async Task SendAsync(MailContent mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var smtp = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(smtp.From),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Text,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            HeadersEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(mail.To));
        var html = AlternateView.CreateAlternateViewFromString(mail.Html, Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.QuotedPrintable;
        message.AlternateViews.Add(html);
        message.Headers.Add("List-Unsubscribe", $"<{mail.UnsubscribeUrl}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Message-ID", mail.MessageId);
        message.Headers.Add("Auto-Submitted", "auto-generated");

        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException ex)
        {
            var code = (int)ex.StatusCode;
            throw new MailDeliveryException($"SMTP {code}: {ex.Message}", ex) { Permanent = code is >= 500 and < 600 };
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            throw new MailDeliveryException(ex.Message, ex);
        }
    }
}
