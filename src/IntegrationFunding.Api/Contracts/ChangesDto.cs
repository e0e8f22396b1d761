namespace IntegrationFunding.Api.Contracts;

/// <summary>
/// Changes since a point in time. With <see cref="HasMore"/>, ask again with the same <c>since</c> and
/// <c>after=</c><see cref="NextAfter"/>; for the next sync, remember <see cref="Until"/> as <c>since</c>.
/// </summary>
public sealed record ChangesDto(DateTimeOffset Since, DateTimeOffset Until, long NextAfter, bool HasMore, IReadOnlyList<ChangeDto> Items);

public sealed record ChangeDto(
    long Sequence, string ProgrammeId, string ProgrammeName, string Kind, IReadOnlyList<string> ChangedFields,
    IReadOnlyList<FieldChangeDto> Fields, DateTimeOffset OccurredAt);

public sealed record FieldChangeDto(string Field, string? OldValue, string? NewValue);
