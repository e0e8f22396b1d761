namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>Cheap plausibility check of a private-link id before asking the store (ids are random base32 from ProfileStore).</summary>
public static class ProfileIds
{
    public static bool LooksValid(string? id) =>
        id is { Length: >= 16 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
