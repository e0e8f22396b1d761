using System.ComponentModel.DataAnnotations;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>The SMTP relay, bound from the <c>Smtp</c> section (<c>Smtp__Host</c>, <c>Smtp__Port</c>, …).</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    /// <summary>Relay host name. Default localhost.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Host { get; set; } = "localhost";

    /// <summary>Relay port. Default 25.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>Encrypt the connection (see <see cref="TlsMode"/>). Default false: plain SMTP, e.g. to a local relay.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>
    /// How <see cref="EnableSsl"/> encrypts: <c>StartTls</c> (default; upgrade after connecting, usually port 587
    /// or 25) or <c>SslOnConnect</c> (implicit TLS from the first byte, usually port 465).
    /// </summary>
    [EnumDataType(typeof(SmtpTlsMode))]
    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTls;

    /// <summary>Login name; empty for relays without authentication.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Sender address, e.g. <c>Förder-Navigator &lt;digest@example.org&gt;</c>. Default digest@localhost.</summary>
    [Required(AllowEmptyStrings = false)]
    public string From { get; set; } = "Förder-Navigator <digest@localhost>";

    /// <summary>Timeout of one SMTP delivery. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
