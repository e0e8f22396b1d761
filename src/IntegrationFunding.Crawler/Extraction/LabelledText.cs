namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Plain text of one labelled section of a programme page, e.g. ("Förderberechtigte", "Kommune").</summary>
public sealed record LabelledText(string Label, string Text);
