namespace IntegrationFunding.Crawler.Sources;

/// <summary>How to read a programme detail page into labelled texts.</summary>
public sealed record DetailSelectors
{
    /// <summary>CSS selector of the programme title.</summary>
    public required string Title { get; init; }
    /// <summary>Label/value pairs (e.g. <c>dl dt</c> + <c>dd</c>); optional.</summary>
    public PairSelectors? Pairs { get; init; }
    /// <summary>Heading/paragraph layout: each heading labels the text up to the next heading; optional.</summary>
    public SectionSelectors? Sections { get; init; }
    /// <summary>Programme field → labels (synonyms) that carry it, matched case- and umlaut-insensitively.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Labels { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Path prefix stripped before the programme id is built from the detail URL.</summary>
    public string? IdPathPrefix { get; init; }
}

/// <summary>dt/dd-style pairs: the label element and the value element that follows it inside a container.</summary>
public sealed record PairSelectors(string Container, string Label, string Value);

/// <summary>Heading-based sections: headings matched inside the scope label the text that follows them.</summary>
public sealed record SectionSelectors(string Scope, string Heading);
