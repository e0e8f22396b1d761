namespace IntegrationFunding.Digest.Composition;

/// <summary>What one digest contains: items per section (see <see cref="DigestSections"/>) for a period.</summary>
public sealed record DigestContent(
    DateTimeOffset Since,
    DateTimeOffset Until,
    DateOnly Today,
    string Audience,
    IReadOnlyDictionary<string, IReadOnlyList<DigestItem>> Sections)
{
    public bool IsEmpty => Sections.Values.All(items => items.Count == 0);

    public IReadOnlyList<DigestItem> Items(string section) => Sections.GetValueOrDefault(section) ?? [];
}
