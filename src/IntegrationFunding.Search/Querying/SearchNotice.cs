namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Said with a result when the text did not match well: a German <see cref="Message"/>, and a
/// <see cref="Suggestion"/> (the query without its least frequent or unknown word) when there is one.
/// <see cref="UnknownWords"/> are the words that occur in no programme.
/// </summary>
public sealed record SearchNotice(string Message, string? Suggestion, IReadOnlyList<string> UnknownWords);
