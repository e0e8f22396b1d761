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

    /// <summary>How often a running host checks for programme changes made elsewhere. Default 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
