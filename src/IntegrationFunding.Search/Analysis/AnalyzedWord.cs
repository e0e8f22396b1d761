namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// One analysed word: its main <see cref="Term"/>, the terms of its compound or hyphen parts, and the term of its
/// gender-neutral base ("Migrantinnen" → migrant), each in the term alphabet a–z0–9.
/// </summary>
internal sealed record AnalyzedWord(WordToken Token, string Term, IReadOnlyList<string> PartTerms, string? BaseTerm)
{
    /// <summary>Part and base terms, distinct and without the main term.</summary>
    public IEnumerable<string> ExtraTerms =>
        PartTerms.Append(BaseTerm).OfType<string>().Where(t => t != Term).Distinct(StringComparer.Ordinal);
}
