namespace IntegrationFunding.Digest.Composition;

/// <summary>The sections of a digest, in the order they are shown, with their German headings.</summary>
public static class DigestSections
{
    public const string New = "Neu";
    public const string Changed = "Geändert";
    public const string ClosingSoon = "Frist läuft ab";
    public const string Ended = "Beendet";

    public static readonly IReadOnlyList<string> Ordered = [New, Changed, ClosingSoon, Ended];
}
