using MimeKit;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>
/// Builds the MIME message of an outbox mail: multipart/alternative with the text and HTML parts (UTF-8), the
/// RFC 8058 one-click unsubscribe headers, the stable Message-ID and <c>Auto-Submitted</c>.
/// </summary>
internal static class MailMessageFactory
{
    public static MimeMessage Create(string from, MailContent mail, DateTimeOffset date)
    {
        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = date,
            MessageId = mail.MessageId.Trim().TrimStart('<').TrimEnd('>'),
            Body = body.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Headers.Add(Unfolded("List-Unsubscribe", $"<{mail.UnsubscribeUrl}>"));
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    /// <summary>
    /// A header on one line (up to RFC 5322's 998 octets): MimeKit would fold a long URL onto a continuation
    /// line, and some receivers keep the fold's leading space in the value.
    /// </summary>
    private static Header Unfolded(string name, string value)
    {
        var header = new Header(name, value);
        header.SetRawValue(System.Text.Encoding.UTF8.GetBytes(" " + value + "\r\n"));
        return header;
    }

    /// <summary>True when the address's local part is not ASCII: only a relay offering SMTPUTF8 (RFC 6531) can take it.</summary>
    public static bool NeedsSmtpUtf8(string address)
    {
        var at = address.LastIndexOf('@');
        return !System.Text.Ascii.IsValid(at < 0 ? address : address[..at]);
    }
}
