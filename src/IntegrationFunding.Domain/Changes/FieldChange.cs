namespace IntegrationFunding.Domain.Changes;

/// <summary>One changed fact of a programme: the API field name and its old and new value as display text.</summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
