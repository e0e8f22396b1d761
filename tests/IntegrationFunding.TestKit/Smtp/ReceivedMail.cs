namespace IntegrationFunding.TestKit.Smtp;

/// <summary>A mail the test SMTP server accepted, decoded by the server script.</summary>
public sealed record ReceivedMail(
    IReadOnlyList<string> To, string Subject, IReadOnlyDictionary<string, string> Headers, string? Text, string? Html, string EmlPath)
{
    /// <summary>The top-level MIME type, e.g. multipart/alternative.</summary>
    public string? ContentType { get; init; }

    /// <summary>True when the client sent the mail with the SMTPUTF8 parameter.</summary>
    public bool SmtpUtf8 { get; init; }
}
