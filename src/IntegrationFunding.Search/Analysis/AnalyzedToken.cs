namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// One index term. <see cref="Term"/> is normalised and stemmed (alphabet a–z and 0–9 only). <see cref="Start"/> and
/// <see cref="Length"/> are the word's span in the original text. <see cref="IsPart"/> marks an additional term of
/// the same word: a compound or hyphen part ("Sprachförderung" → sprach, forder) or its gender-neutral base
/// ("Migrant*innen" → migrant); it has the same span as the word.
/// </summary>
public sealed record AnalyzedToken(string Term, int Start, int Length, bool IsPart);
