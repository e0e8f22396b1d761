namespace IntegrationFunding.Domain.Taxonomy;

/// <summary>One value of a controlled vocabulary: a stable id, its German label and the words people use for it.</summary>
public sealed record TaxonomyTerm(string Id, string Label, IReadOnlyList<string> Synonyms)
{
    public TaxonomyTerm(string id, string label)
        : this(id, label, [])
    {
    }
}
