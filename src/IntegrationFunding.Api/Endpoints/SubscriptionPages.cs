using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace IntegrationFunding.Api.Endpoints;

/// <summary>The small German HTML pages behind the confirm and unsubscribe links.</summary>
internal static class SubscriptionPages
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static ContentHttpResultOf Page(string title, string body, int status = StatusCodes.Status200OK) =>
        new($"""
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encoder.Encode(title)} – Förder-Navigator Integration</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a;">
            <main><h1 style="color:#123c69;">{Encoder.Encode(title)}</h1>{body}</main></body></html>
            """, status);

    public static ContentHttpResultOf Invalid() => Page(
        "Link ungültig oder abgelaufen",
        "<p>Dieser Link ist nicht (mehr) gültig. Bestätigungslinks gelten einige Tage; bestellen Sie den Digest einfach neu.</p>",
        StatusCodes.Status400BadRequest);

    /// <summary>HTML content with a status code.</summary>
    internal sealed record ContentHttpResultOf(string Html, int Status)
    {
        public Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult ToResult() =>
            TypedResults.Content(Html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, Status);
    }
}
