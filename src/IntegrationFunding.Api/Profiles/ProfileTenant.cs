namespace IntegrationFunding.Api.Profiles;

/// <summary>
/// Who owns a profile: an advisory office's API key (<c>key:&lt;id&gt;</c>) or the built-in web UI tenant, whose
/// profiles are reached through their unguessable id (the secret link).
/// </summary>
public readonly record struct ProfileTenant(string Id)
{
    public static ProfileTenant Web { get; } = new("web");

    public override string ToString() => Id;
}
