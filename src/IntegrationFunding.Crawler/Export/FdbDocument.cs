namespace IntegrationFunding.Crawler.Export;

/// <summary>
/// One document of the Förderdatenbank export: its path and name, properties (RichText as HTML, other types as
/// their value) and classified link lists (classifier name → link targets such as <c>/BMWI/.../kommune</c>).
/// </summary>
public sealed record FdbDocument(
    string Name,
    string Path,
    string Type,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<(string Classifier, IReadOnlyList<string> Targets)> Classifications)
{
    /// <summary>The document's key in the export, e.g. <c>/BMWI/FDB/Content/DE/Foerderprogramm/Bund/BMAS/einstiegsgeld</c>.</summary>
    public string Key => $"{Path.TrimEnd('/')}/{Name}";

    public string? Property(string name) => Properties.GetValueOrDefault(name);

    /// <summary>The last path segments (codes) of every target classified under <paramref name="classifier"/>.</summary>
    public IReadOnlyList<string> Codes(string classifier) =>
        [.. Classifications.Where(c => c.Classifier == classifier).SelectMany(c => c.Targets).Select(t => t[(t.LastIndexOf('/') + 1)..])];

    public IReadOnlyList<string> Targets(string classifier) =>
        [.. Classifications.Where(c => c.Classifier == classifier).SelectMany(c => c.Targets)];

    /// <summary>Codes of every sub-area classifier (<c>UF…</c>) as <c>classifier.code</c>.</summary>
    public IReadOnlyList<string> SubAreas() =>
        [.. Classifications.Where(c => c.Classifier.StartsWith("UF", StringComparison.Ordinal))
            .SelectMany(c => c.Targets.Select(t => $"{c.Classifier}.{t[(t.LastIndexOf('/') + 1)..]}"))];
}
