using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationFunding.Search.Querying;

namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>
/// The search parameters of <c>GET /api/v1/programmes</c> a subscriber saved (ids already validated).
/// Status and paging are not kept: the digest itself decides what is new, changed, closing or ended.
/// </summary>
public sealed record SavedSearch
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string? Text { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Applicants { get; init; } = [];
    public IReadOnlyList<string> States { get; init; } = [];
    public IReadOnlyList<string> Levels { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> DeadlineTypes { get; init; } = [];
    public decimal? MaxOwnShare { get; init; }
    public DateOnly? DeadlineFrom { get; init; }
    public DateOnly? DeadlineTo { get; init; }

    public static SavedSearch FromQuery(ProgrammeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new SavedSearch
        {
            Text = query.Text, Topics = query.Topics, Applicants = query.Applicants, States = query.States, Levels = query.Levels,
            TargetGroups = query.TargetGroups, DeadlineTypes = query.DeadlineTypes, MaxOwnShare = query.MaxOwnShare,
            DeadlineFrom = query.DeadlineFrom, DeadlineTo = query.DeadlineTo,
        };
    }

    /// <summary>Every programme the search selects, judged against <paramref name="today"/>, in one page.</summary>
    public ProgrammeQuery ToQuery(DateOnly today) => new()
    {
        Text = Text, Topics = Topics, Applicants = Applicants, States = States, Levels = Levels, TargetGroups = TargetGroups,
        DeadlineTypes = DeadlineTypes, MaxOwnShare = MaxOwnShare, DeadlineFrom = DeadlineFrom, DeadlineTo = DeadlineTo,
        Today = today, Page = 1, PageSize = int.MaxValue / 2, Sort = SearchSort.Deadline,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SavedSearch FromJson(string json) => JsonSerializer.Deserialize<SavedSearch>(json, Json) ?? new SavedSearch();
}
