namespace IntegrationFunding.Domain.Changes;

/// <summary>A recorded change of one programme: new, changed (with the fields), closed or removed.</summary>
public sealed record ChangeEvent(
    long Sequence,
    string ProgrammeId,
    string ProgrammeName,
    string Kind,
    IReadOnlyList<FieldChange> Fields,
    DateTimeOffset OccurredAt,
    string Origin);
