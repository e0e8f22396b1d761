namespace IntegrationFunding.Api.Ui.Presentation;

/// <summary>Model of the <c>_ExternalLink</c> partial: a crawled address and an optional link text.</summary>
public sealed record ExternalLink(string? Url, string? Text = null);
