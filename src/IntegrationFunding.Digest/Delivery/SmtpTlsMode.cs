namespace IntegrationFunding.Digest.Delivery;

/// <summary>How an encrypted SMTP connection starts (<c>Smtp__TlsMode</c>).</summary>
public enum SmtpTlsMode
{
    /// <summary>Connect in plain text, then upgrade with STARTTLS (required; fails if the relay does not offer it).</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, port 465).</summary>
    SslOnConnect,
}
