namespace IntegrationFunding.Search.Analysis;

/// <summary>
/// A set of interchangeable expressions. <see cref="Entries"/> are the texts as written; <see cref="Members"/> are
/// their analysed forms (term sequences; more than one term = a phrase), distinct.
/// </summary>
public sealed record SynonymRing(IReadOnlyList<string> Entries, IReadOnlyList<IReadOnlyList<string>> Members);
