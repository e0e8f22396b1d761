namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// One word of the original text as found by <see cref="GermanTokenizer"/>. <see cref="Text"/> is the word as written
/// but with line-break hyphenation, gender markers and invisible characters removed ("Integ-\nrations" →
/// "Integrations", "Migrant*innen" → "Migrantinnen"); <see cref="Start"/> and <see cref="Length"/> are the span
/// in the original text (for highlighting).
/// </summary>
public sealed record WordToken(string Text, int Start, int Length)
{
    /// <summary>For a hyphenated compound ("Kita-Einstieg"): its parts ("Kita", "Einstieg"); otherwise empty.</summary>
    public IReadOnlyList<string> HyphenParts { get; init; } = [];

    /// <summary>For a gender form ("Migrant*innen", "MigrantIn", "Beauftragte/r"): the word without the feminine or
    /// gender ending ("Migrant", "Beauftragte"); otherwise null.</summary>
    public string? GenderBase { get; init; }

    /// <summary>True when the token stands for a "+" written right after a word ("ESF+"): its text is "plus".</summary>
    public bool IsPlusSign { get; init; }
}
