namespace IntegrationFunding.Search.Indexing;

/// <summary>The fields of a programme document in the Lucene index.</summary>
internal static class LuceneFields
{
    /// <summary>The programme's storage key (rowid): indexed string (for updates and deletes), stored and as doc values.</summary>
    public const string Key = "key";

    /// <summary>The stamp of the programme's stored row (stored): a changed stamp means "update the document".</summary>
    public const string Fingerprint = "fp";

    public const string Name = "name";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Tags = "tags";
    public const string NameExact = "name_exact";
    public const string SummaryExact = "summary_exact";

    /// <summary>The analysed text fields (stems, parts, gender bases).</summary>
    public static readonly string[] Text = [Name, Summary, Body, Tags];
}
