namespace IntegrationFunding.Domain.Municipalities;

/// <summary>The administrative levels of the municipality register (API values of <c>level</c>).</summary>
public static class RegisterLevels
{
    public const string Land = "land";
    public const string Kreis = "kreis";
    public const string Gemeindeverband = "gemeindeverband";
    public const string Gemeinde = "gemeinde";

    public static IReadOnlyList<string> All { get; } = [Land, Kreis, Gemeindeverband, Gemeinde];

    /// <summary>The length of a register key at each level: Land 2, Kreis 5, Gemeindeverband 9 (ARS), Gemeinde 8 (AGS).</summary>
    public static string? OfKeyLength(int length) => length switch
    {
        2 => Land,
        5 => Kreis,
        8 => Gemeinde,
        9 => Gemeindeverband,
        _ => null,
    };
}
