namespace IntegrationFunding.Api.Contracts;

public sealed record TaxonomyTermDto(string Id, string Label, IReadOnlyList<string> Synonyms);

/// <summary>Every vocabulary with German labels, keyed by its API name (topics, applicants, states, …).</summary>
public sealed record TaxonomyDto(IReadOnlyDictionary<string, VocabularyDto> Vocabularies);

public sealed record VocabularyDto(string Label, IReadOnlyList<TaxonomyTermDto> Terms);
