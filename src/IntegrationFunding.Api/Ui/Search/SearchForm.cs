namespace IntegrationFunding.Api.Ui.Search;

/// <summary>
/// The whole search as GET parameters (bookmarkable, shareable). Names match the public API where they overlap:
/// q, topic, applicant, state, level, targetGroup, maxOwnShare, deadlineTo, sort, seite ("page" is reserved by Razor Pages for the page route value).
/// </summary>
public sealed class SearchForm
{
    public const int MaxTextLength = 500;

    public string? Q { get; set; }
    public List<string> Topic { get; set; } = [];
    public List<string> Applicant { get; set; } = [];
    public List<string> State { get; set; } = [];
    public List<string> Level { get; set; } = [];
    public List<string> TargetGroup { get; set; } = [];
    public decimal? MaxOwnShare { get; set; }
    public DateOnly? DeadlineTo { get; set; }
    public string? Sort { get; set; }
    /// <summary>1-based page number, GET parameter <c>seite</c>.</summary>
    public int? Seite { get; set; }

    /// <summary>The checked ids of one facet group by its parameter name.</summary>
    public IReadOnlyList<string> Selected(string parameter) => parameter switch
    {
        "topic" => Topic,
        "applicant" => Applicant,
        "state" => State,
        "level" => Level,
        "targetGroup" => TargetGroup,
        _ => [],
    };

    /// <summary>The query string of this search, with another page.</summary>
    public string Url(int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            pairs.Add(new("q", Q));
        }

        foreach (var (name, values) in new[] { ("topic", Topic), ("applicant", Applicant), ("state", State), ("level", Level), ("targetGroup", TargetGroup) })
        {
            pairs.AddRange(values.Select(v => new KeyValuePair<string, string?>(name, v)));
        }

        if (MaxOwnShare is { } share)
        {
            pairs.Add(new("maxOwnShare", share.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (DeadlineTo is { } to)
        {
            pairs.Add(new("deadlineTo", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrEmpty(Sort))
        {
            pairs.Add(new("sort", Sort));
        }

        if (page > 1)
        {
            pairs.Add(new("seite", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return "/suche" + QueryString.Create(pairs).ToUriComponent();
    }
}
