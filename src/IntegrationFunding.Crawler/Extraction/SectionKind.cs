namespace IntegrationFunding.Crawler.Extraction;

/// <summary>What a section label says its text is about; biases the extractors.</summary>
public enum SectionKind
{
    General,
    Applicants,
    Deadlines,
    Amounts,
    Region,
    Contact,
    /// <summary>A funding rate (Förderquote, co-financing rate): a bare percentage is the rate.</summary>
    Rate,
    /// <summary>An own share (Eigenanteil): a bare percentage is the own share, never the rate.</summary>
    OwnShare,
    /// <summary>When applications open (Antragsbeginn, opening date): a date is the opening, not a deadline.</summary>
    Opening,
    /// <summary>The end of the programme or its Richtlinie: a date is the programme end, not a deadline.</summary>
    ProgrammeEnd,
    /// <summary>An editorial status line ("Aufruf ist abgeschlossen", "Closed").</summary>
    Status,
    /// <summary>A fund's or call's total budget: never a per-project amount.</summary>
    Budget,
}
