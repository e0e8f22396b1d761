namespace IntegrationFunding.Domain.Programmes;

/// <summary>Ids of the API's <c>status</c> field: a programme judged against a given day.</summary>
public static class ProgrammeStatus
{
    public const string Open = "open";
    public const string Upcoming = "upcoming";
    public const string Closed = "closed";
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> All = [Open, Upcoming, Closed, Unknown];
}
