using System.Globalization;
using IntegrationFunding.TestKit.Smtp;

namespace IntegrationFunding.Api.Tests.Infrastructure;

internal static class SmtpSettings
{
    /// <summary>Points the host's mail relay at the test's real SMTP server on 127.0.0.1.</summary>
    public static ApiApplication UseSmtp(this ApiApplication app, SmtpTestServer smtp)
    {
        app.Settings["Smtp:Host"] = "127.0.0.1";
        app.Settings["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        return app;
    }
}
