namespace IntegrationFunding.TestKit.Smtp;

/// <summary>A mail the test SMTP server accepted, decoded by the server script.</summary>
public sealed record ReceivedMail(
    IReadOnlyList<string> To, string Subject, IReadOnlyDictionary<string, string> Headers, string? Text, string? Html, string EmlPath);
