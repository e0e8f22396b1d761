namespace IntegrationFunding.Crawler.Mapping;

/// <summary>One labelled piece of a source page (label as on the page, plain text).</summary>
public sealed record PageSection(string Label, string Text);
