namespace IntegrationFunding.Domain.Changes;

/// <summary>Kinds of change events served at <c>/api/v1/changes</c>.</summary>
public static class ChangeKinds
{
    public const string New = "new";
    public const string Changed = "changed";
    public const string Closed = "closed";
    public const string Removed = "removed";

    public static readonly IReadOnlyList<string> All = [New, Changed, Closed, Removed];
}
