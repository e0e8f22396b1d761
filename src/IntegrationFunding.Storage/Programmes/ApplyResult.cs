using IntegrationFunding.Domain.Changes;

namespace IntegrationFunding.Storage.Programmes;

/// <summary>What applying a batch of programme versions did.</summary>
public sealed record ApplyResult(int New, int Changed, int Unchanged, IReadOnlyList<ChangeEvent> Events)
{
    /// <summary>Ids of programmes whose stored document was written (new or changed).</summary>
    public IReadOnlyList<string> WrittenIds { get; init; } = [];
}
