using System.Security.Cryptography;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>Unguessable profile ids (128 random bits, URL-safe base64 without padding): the id is the private link.</summary>
public static class ProfileIds
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool LooksValid(string? id) =>
        id is { Length: >= 16 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
