namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>The saved profile's id, or validation errors (field → German messages), or "not found".</summary>
public sealed record ProfileSaveResult(string? Id, IReadOnlyDictionary<string, string[]>? Errors)
{
    public static ProfileSaveResult NotFound { get; } = new(null, null);

    public bool IsNotFound => Id is null && Errors is null;
}
