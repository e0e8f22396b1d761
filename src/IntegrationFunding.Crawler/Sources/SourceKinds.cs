namespace IntegrationFunding.Crawler.Sources;

/// <summary>The kinds of source the crawler understands (<c>kind</c> in a source file).</summary>
public static class SourceKinds
{
    /// <summary>The Förderdatenbank bulk XML export (a ZIP, by URL or local path).</summary>
    public const string FdbExport = "fdb-export";

    /// <summary>CorrelAid's weekly table of the whole Förderdatenbank (<c>programme.csv</c>, by URL or local path).</summary>
    public const string FdbCsv = "fdb-csv";

    /// <summary>An HTML web site described by CSS selectors.</summary>
    public const string Html = "html";

    public static readonly IReadOnlyList<string> All = [FdbExport, FdbCsv, Html];
}
