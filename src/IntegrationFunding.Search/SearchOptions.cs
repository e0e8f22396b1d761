using System.ComponentModel.DataAnnotations;

namespace IntegrationFunding.Search;

/// <summary>Search tuning, bound from the <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>BM25 weight of the programme name. Default 10.</summary>
    [Range(0.0, 100.0)]
    public double NameWeight { get; set; } = 10;

    /// <summary>BM25 weight of the summary. Default 4.</summary>
    [Range(0.0, 100.0)]
    public double SummaryWeight { get; set; } = 4;

    /// <summary>BM25 weight of the longer body text. Default 1.</summary>
    [Range(0.0, 100.0)]
    public double BodyWeight { get; set; } = 1;

    /// <summary>
    /// BM25 weight of the taxonomy tags (labels and synonyms of the programme's topics, target groups and
    /// applicants, funder, level). Default 0.5: tags give recall; a synonym-rich query must not let them outrank
    /// a match in the name or summary.
    /// </summary>
    [Range(0.0, 100.0)]
    public double TagsWeight { get; set; } = 0.5;

    /// <summary>
    /// How often the host checks the programme generation for changes made elsewhere (CLI, crawler) and applies them
    /// to the index. Default half a second, so a change is searchable within a second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The Lucene index folder (<c>Search__IndexDirectory</c>). Default: <c>&lt;database name&gt;.index</c> beside the
    /// SQLite file. Only the host writes it; it is derived data and rebuilt when missing, unreadable or built by
    /// another analyzer version.
    /// </summary>
    public string? IndexDirectory { get; set; }
}
