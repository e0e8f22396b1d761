namespace IntegrationFunding.Domain.Programmes;

/// <summary>Ids of the <c>deadlineType</c> vocabulary.</summary>
public static class DeadlineTypes
{
    public const string Rolling = "rolling";
    public const string Fixed = "fixed";
    public const string Periodic = "periodic";
    public const string Closed = "closed";
    public const string Unknown = "unknown";
}
