namespace IntegrationFunding.Domain.Programmes;

/// <summary>The lifecycle a source states for a programme (catalogue <c>status</c>).</summary>
public static class ProgrammeLifecycle
{
    public const string Active = "active";
    public const string Ended = "ended";
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> All = [Active, Ended, Unknown];
}
