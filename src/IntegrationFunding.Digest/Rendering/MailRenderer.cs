using System.Security.Cryptography;
using System.Text;
using IntegrationFunding.Digest.Composition;
using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Storage.Digest;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Rendering;

/// <summary>Renders digest and confirmation mails (German, text + HTML) with signed links.</summary>
public sealed class MailRenderer(DigestTokens tokens, IOptions<DigestOptions> options)
{
    public async Task<MailContent> DigestAsync(StoredSubscription subscription, DigestContent content, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(content);
        var unsubscribe = Links.Unsubscribe(options.Value.RequiredBaseUrl(), await tokens.CreateAsync(DigestTokens.UnsubscribePurpose, subscription.Id, cancellationToken));
        var title = Subject(content);
        var intro = content.IsEmpty
            ? $"Seit dem {GermanFormat.Date(DateOnly.FromDateTime(content.Since.UtcDateTime))} gibt es nichts Neues für {content.Audience}."
            : $"Das hat sich für {content.Audience} seit dem {GermanFormat.Date(DateOnly.FromDateTime(content.Since.UtcDateTime))} getan. Jeder Eintrag sagt, warum er zu Ihnen passt.";
        var searchUrl = options.Value.RequiredBaseUrl().TrimEnd('/') + "/";
        var max = options.Value.MaxItemsPerSection;
        return new MailContent(
            subscription.Email,
            title,
            DigestTextRenderer.Render(content, title, intro, unsubscribe, max, searchUrl),
            DigestHtmlRenderer.Render(content, title, intro, unsubscribe, max, searchUrl),
            unsubscribe,
            MessageId(key));
    }

    /// <param name="requestBaseUrl">Scheme and host of the request that subscribed; used when no PublicBaseUrl is configured.</param>
    public async Task<MailContent> ConfirmationAsync(StoredSubscription subscription, string key, string? requestBaseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : requestBaseUrl ?? options.Value.RequiredBaseUrl();
        var confirm = Links.Confirm(baseUrl, await tokens.CreateAsync(DigestTokens.ConfirmPurpose, subscription.Id, cancellationToken));
        var unsubscribe = Links.Unsubscribe(baseUrl, await tokens.CreateAsync(DigestTokens.UnsubscribePurpose, subscription.Id, cancellationToken));
        var days = (int)Math.Round(options.Value.ConfirmationTokenLifetime.TotalDays);
        var every = subscription.Frequency == SubscriptionFrequencies.Daily ? "täglich" : "einmal pro Woche";
        const string Subject = "Bitte bestätigen Sie Ihren Förder-Digest";
        var text = $"""
            Guten Tag,

            jemand – hoffentlich Sie – hat für diese Adresse den Förder-Digest bestellt. Er kommt {every} per E-Mail
            und nennt neue, geänderte und bald endende Förderprogramme, jeweils mit dem Grund, warum sie passen.

            Bitte bestätigen Sie die Bestellung ({(days == 1 ? "der Link gilt 1 Tag" : $"der Link gilt {days} Tage")}):
            {confirm}

            Ohne Bestätigung senden wir nichts weiter. Wenn Sie nichts bestellt haben, ignorieren Sie diese E-Mail
            oder löschen Sie die Adresse sofort: {unsubscribe}
            """;
        var html = $"""
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{Html.Text(Subject)}</title></head>
            <body style="margin:0;padding:16px;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:600px;max-width:100%;background:#ffffff;border:1px solid #d9d9d9;"><tr><td style="padding:20px 24px;">
            <h1 style="font-size:20px;margin:0 0 12px 0;color:#123c69;">{Html.Text(Subject)}</h1>
            <p>Jemand – hoffentlich Sie – hat für diese Adresse den Förder-Digest bestellt. Er kommt {every} und nennt neue, geänderte und bald endende Förderprogramme, jeweils mit dem Grund, warum sie passen.</p>
            <p><a href="{Html.Href(confirm)}" style="display:inline-block;background:#123c69;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">Digest bestätigen</a></p>
            <p style="font-size:13px;color:#555555;">Der Link gilt {days} Tage. Ohne Bestätigung senden wir nichts weiter. Nichts bestellt? Dann ignorieren Sie diese E-Mail oder <a href="{Html.Href(unsubscribe)}" style="color:#123c69;">löschen Sie die Adresse sofort</a>.</p>
            </td></tr></table></body></html>
            """;
        return new MailContent(subscription.Email, Subject, text, html, unsubscribe, MessageId(key));
    }

    private static string Subject(DigestContent content)
    {
        var parts = DigestSections.Ordered.Where(s => content.Items(s).Count > 0).Select(s => $"{content.Items(s).Count} {Short(s)}").ToList();
        return parts.Count == 0 ? "Förder-Digest: keine Neuigkeiten" : "Förder-Digest: " + string.Join(", ", parts);
    }

    private static string Short(string section) => section switch
    {
        DigestSections.New => "neu",
        DigestSections.Changed => "geändert",
        DigestSections.ClosingSoon => "Frist läuft ab",
        _ => "beendet",
    };

    private static string MessageId(string key) =>
        "<" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32] + "@digest.integrationfunding>";
}
