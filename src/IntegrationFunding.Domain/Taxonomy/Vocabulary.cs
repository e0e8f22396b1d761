namespace IntegrationFunding.Domain.Taxonomy;

/// <summary>A controlled vocabulary (e.g. topics) with lookup by id.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, TaxonomyTerm> _byId;

    public Vocabulary(string name, string label, IReadOnlyList<TaxonomyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Name = name;
        Label = label;
        Terms = terms;
        _byId = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The API name of the vocabulary (e.g. <c>topics</c>).</summary>
    public string Name { get; }

    /// <summary>German label of the vocabulary (e.g. "Handlungsfelder").</summary>
    public string Label { get; }

    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    public IEnumerable<string> Ids => Terms.Select(t => t.Id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    public TaxonomyTerm? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The German label of an id, or the id itself when it is not in the vocabulary.</summary>
    public string LabelOf(string id) => _byId.TryGetValue(id, out var term) ? term.Label : id;
}
