using System.Text.Json;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>
/// A rendered mail as kept in the outbox: plain text plus an HTML alternative, the one-click unsubscribe
/// address (List-Unsubscribe) and a stable Message-ID derived from the idempotency key.
/// </summary>
public sealed record MailContent(string To, string Subject, string Text, string Html, string UnsubscribeUrl, string MessageId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MailContent FromJson(string json) =>
        JsonSerializer.Deserialize<MailContent>(json, Json) ?? throw new InvalidOperationException("Leere Nachricht im Postausgang.");
}
