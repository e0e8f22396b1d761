namespace IntegrationFunding.Crawler.Sources;

/// <summary>How to read a programme detail page into labelled texts.</summary>
public sealed record DetailSelectors
{
    /// <summary>CSS selector of the programme title (the name, unless <c>fields.name</c> or a <c>name</c> label says otherwise).</summary>
    public required string Title { get; init; }
    /// <summary>Label/value blocks (e.g. <c>dl dt</c> + <c>dd</c>, or <c>tr th</c> + <c>td</c>); any number, read in order.</summary>
    public IReadOnlyList<PairSelectors> Pairs { get; init; } = [];
    /// <summary>Heading/paragraph blocks: each heading labels the text up to the next heading; any number, read in order.</summary>
    public IReadOnlyList<SectionSelectors> Sections { get; init; } = [];
    /// <summary>Programme field → CSS selector of an element that holds it without a label (e.g. the funder in the page header).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
    /// <summary>Programme field → labels (synonyms) that carry it, matched case- and umlaut-insensitively.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Labels { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Path prefix stripped before the programme id is built from the detail URL.</summary>
    public string? IdPathPrefix { get; init; }
}

/// <summary>dt/dd-style pairs: the label element and the value element that follows it inside a container.</summary>
public sealed record PairSelectors(string Container, string Label, string Value);

/// <summary>
/// Heading-based sections: headings matched inside the scope label the text that follows them. Text before the first
/// heading is kept as an unlabelled section (<see cref="Lead"/> is its label, empty by default): it is read as prose.
/// </summary>
public sealed record SectionSelectors(string Scope, string Heading)
{
    public string Lead { get; init; } = "";
}
