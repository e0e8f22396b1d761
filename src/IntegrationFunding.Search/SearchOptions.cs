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

    /// <summary>BM25 weight of the taxonomy tags (topic and target-group labels and synonyms, funder, level). Default 2.</summary>
    [Range(0.0, 100.0)]
    public double TagsWeight { get; set; } = 2;
}
