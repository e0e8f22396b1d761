namespace IntegrationFunding.Digest.Composition;

/// <summary>The programmes a subscription cares about (id → German reasons) and a short label for the mail.</summary>
public sealed record Audience(string Label, IReadOnlyDictionary<string, IReadOnlyList<string>> Programmes);
