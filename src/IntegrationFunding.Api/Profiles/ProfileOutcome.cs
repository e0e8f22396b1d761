using IntegrationFunding.Api.Contracts;

namespace IntegrationFunding.Api.Profiles;

/// <summary>The result of creating or updating a profile: the profile, validation errors, or "not found".</summary>
public sealed record ProfileOutcome(ProfileDto? Profile, IReadOnlyDictionary<string, string[]>? Errors)
{
    public static ProfileOutcome NotFound { get; } = new(null, null);

    public bool IsNotFound => Profile is null && Errors is null;
}
