namespace IntegrationFunding.Search.Analysis;

/// <summary>How a <see cref="QueryClause"/> came about.</summary>
public enum QueryClauseKind
{
    /// <summary>One word the user typed (or a multi-word synonym such as "Europäischer Sozialfonds").</summary>
    Word,

    /// <summary>Text the user put in double quotes: its terms must appear in this order.</summary>
    Phrase,
}

/// <summary>How the terms of one <see cref="QueryAlternative"/> must occur in a document.</summary>
public enum QueryAlternativeKind
{
    /// <summary>A single term.</summary>
    Term,

    /// <summary>All terms, in any order and position (the parts of a compound).</summary>
    AllOf,

    /// <summary>All terms as a phrase, consecutive and in this order (multi-word synonyms, quoted text).</summary>
    Sequence,
}

/// <summary>One way to satisfy a clause: terms (alphabet a–z0–9, never empty) and how they must occur.</summary>
public sealed record QueryAlternative(IReadOnlyList<string> Terms, QueryAlternativeKind Kind);

/// <summary>
/// One user word or quoted phrase. A document satisfies the clause when it matches any of the alternatives
/// (OR); each alternative is an AND (<see cref="QueryAlternativeKind.AllOf"/>) or a sequence of terms.
/// </summary>
public sealed record QueryClause(QueryClauseKind Kind, string Text, IReadOnlyList<QueryAlternative> Options)
{
    /// <summary>The alternatives' term lists (same order as <see cref="Options"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; } = Options.Select(o => o.Terms).ToArray();
}

/// <summary>An analysed query: all clauses must be satisfied (AND). No clauses = nothing to search for.</summary>
public sealed record AnalyzedQuery(IReadOnlyList<QueryClause> Clauses)
{
    public bool IsEmpty => Clauses.Count == 0;
}
